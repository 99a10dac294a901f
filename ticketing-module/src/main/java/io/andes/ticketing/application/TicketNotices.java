package io.andes.ticketing.application;

import io.andes.core.api.NotificationSettings;
import io.andes.core.api.Notifications;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.api.TenantDirectory;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.web.TenantFormats;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketMessage;
import io.andes.ticketing.domain.visit.ServiceVisit;
import io.andes.ticketing.domain.visit.TicketMeeting;
import io.andes.ticketing.domain.visit.VisitPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the requester, through the outbox, that their ticket has an answer or a new status. The mail says where to
 * answer: replies are taken only in the portal, never by e-mail. SMS to the ticket's phone comes with the tenant's
 * SMS setting.
 */
@ApplicationScoped
class TicketNotices {

    @Inject
    Notifications notifications;

    @Inject
    NotificationSettings settings;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantBinding binding;

    @Inject
    @ConfigProperty(name = "andes.web.url", defaultValue = "http://127.0.0.1:8080")
    String webUrl;

    void answered(Ticket ticket, TicketMessage message) {
        send(ticket, "Nueva respuesta a su ticket " + ticket.number().formatted(), message.body());
    }

    void statusChanged(Ticket ticket) {
        send(
                ticket,
                "Su ticket " + ticket.number().formatted() + " cambió de estado",
                "Estado actual: " + ticket.status().label(false) + ".");
    }

    void visitScheduled(Ticket ticket, ServiceVisit visit) {
        VisitPlan plan = visit.plan();
        send(
                ticket,
                "Visita de servicio " + visit.folio().formatted() + " agendada para su ticket "
                        + ticket.number().formatted(),
                "Visita " + visit.folio().formatted() + ": " + when(plan.scheduledAt()) + "\nTécnico: "
                        + plan.technician() + "\nDirección: " + plan.address());
    }

    void meetingScheduled(Ticket ticket, TicketMeeting meeting) {
        send(
                ticket,
                "Reunión agendada para su ticket " + ticket.number().formatted(),
                "Reunión: " + meeting.topic() + "\nInicio: " + when(meeting.startsAt()) + " ("
                        + meeting.durationMinutes() + " min)\nEnlace: " + meeting.link());
    }

    private void send(Ticket ticket, String subject, String news) {
        recipient(ticket)
                .ifPresent(to -> notifications.queueEmail(OutgoingEmail.plain(to, subject, text(ticket, news))));
        sms(ticket);
    }

    /** A short SMS when the tenant turned SMS notices on and the ticket has a contact phone. */
    private void sms(Ticket ticket) {
        if (ticket.contactPhone() != null && settings.smsEnabled()) {
            notifications.queueSms(
                    ticket.contactPhone(),
                    "Andes: su ticket " + ticket.number().formatted()
                            + " tiene novedades. Véalas y responda solo en el portal: " + webUrl + "/portal/");
        }
    }

    /** An instant as the tenant's clock shows it, with the zone named. */
    private String when(Instant at) {
        return tenants.find(binding.require())
                .map(t -> TenantFormats.spanish(t.country(), t.zone()).dateTime(at) + " ("
                        + t.zone().getId() + ")")
                .orElse(at.toString());
    }

    private String text(Ticket ticket, String news) {
        String link = webUrl + "/portal/";
        return "Ticket " + ticket.number().formatted() + ": " + ticket.subject() + "\n\n" + news + "\n\n"
                + "Para responder, ingrese al portal: " + link + "\n"
                + "Este correo no recibe respuestas: las respuestas por correo no se registran en el ticket.\n\n"
                + "Replies are only taken in the portal; answers to this e-mail are not recorded.";
    }

    /** The requester's sign-in name is their e-mail; a name that is not one gets no mail. */
    private static Optional<String> recipient(Ticket ticket) {
        try {
            return Optional.of(new EmailAddress(ticket.requesterName()).value());
        } catch (ProblemException | IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
