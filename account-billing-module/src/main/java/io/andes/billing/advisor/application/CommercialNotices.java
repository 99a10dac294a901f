package io.andes.billing.advisor.application;

import io.andes.billing.advisor.domain.AdvisorDirectory;
import io.andes.billing.advisor.domain.AdvisorProfile;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.core.api.Notifications;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The channel's mails, through the outbox in the change's transaction: every message goes to the other side. The
 * tenant's messages go to its assigned advisor (to {@code andes.advisor.unassigned-address}, environment
 * {@code ANDES_ADVISOR_UNASSIGNED_ADDRESS}, while it has none); the advisor's to the request's sender.
 */
@ApplicationScoped
class CommercialNotices {

    private static final String FOOTER = "\n\n-- \nCanal comercial de Andes: no es un canal de soporte."
            + " Para fallas y errores abra un ticket. Este correo no recibe respuestas.";

    @Inject
    Notifications notifications;

    @Inject
    AdvisorDirectory advisors;

    @Inject
    TenantBinding binding;

    @Inject
    @ConfigProperty(name = "andes.advisor.unassigned-address", defaultValue = "comercial@andes.dev")
    String unassignedAddress;

    @Inject
    @ConfigProperty(name = "andes.web.url", defaultValue = "http://127.0.0.1:8080")
    String webUrl;

    /** To the advisor: a new request or the tenant's message on one. */
    void toAdvisor(CommercialRequest request, String tenantName, String headline, String body) {
        String link = webUrl + "/admin/solicitud-comercial.xhtml?cliente="
                + binding.require().value() + "&numero=" + request.number().formatted();
        advisorAddress()
                .ifPresent(to -> notifications.queueEmail(OutgoingEmail.plain(
                        to,
                        headline + " " + request.number().formatted() + " · " + tenantName,
                        "Cliente: " + tenantName + "\nSolicitud: "
                                + request.number().formatted() + " ("
                                + request.type().label(false) + ")\nDe: " + request.requesterName()
                                + contact(request) + "\n\n" + body + "\n\nAbrir en la consola: " + link + FOOTER)));
    }

    /** To the request's sender: the advisor's answer, a scheduled session, a quote or the closing. */
    void toRequester(CommercialRequest request, String headline, String body) {
        address(request.requesterName())
                .ifPresent(to -> notifications.queueEmail(OutgoingEmail.plain(
                        to,
                        headline + " " + request.number().formatted(),
                        body + "\n\nSiga la conversación en el portal: " + webUrl
                                + "/portal/solicitud-comercial.xhtml?numero="
                                + request.number().formatted()
                                + FOOTER)));
    }

    private static String contact(CommercialRequest request) {
        return request.preferredContact() == null
                ? ""
                : "\nHorario de contacto preferido: " + request.preferredContact();
    }

    private Optional<String> advisorAddress() {
        return advisors.assignment(binding.require())
                .flatMap(a -> advisors.profile(a.advisorUsername()))
                .map(AdvisorProfile::card)
                .map(card -> card.email())
                .or(() -> address(unassignedAddress));
    }

    /** A sign-in name that is not an e-mail address gets no mail. */
    private static Optional<String> address(String text) {
        try {
            return Optional.of(new EmailAddress(text).value());
        } catch (ProblemException | IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
