package io.andes.ticketing.application;

import io.andes.core.api.Notifications;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.pqrs.PqrsCase;
import io.andes.ticketing.domain.pqrs.PqrsMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PQRS mails, through the outbox in the filing's transaction: the acknowledgement to the requester with the
 * filing number and the response deadline, its copy to the vendor's senior management
 * ({@code andes.pqrs.management-address}, environment {@code ANDES_PQRS_MANAGEMENT_ADDRESS}), and each answer.
 */
@ApplicationScoped
class PqrsNotices {

    private static final System.Logger LOG = System.getLogger(PqrsNotices.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "andes.pqrs.management-address", defaultValue = "gerencia@andes.local")
    String managementAddress;

    @Inject
    @ConfigProperty(name = "andes.web.url", defaultValue = "http://127.0.0.1:8080")
    String webUrl;

    void filed(PqrsCase pqrs, String tenantName) {
        String subject = "PQRS " + pqrs.number().formatted() + " radicada";
        String text = "Radicado: " + pqrs.number().formatted() + "\n"
                + "Tipo: " + pqrs.kind().label(false) + "\n"
                + "Asunto: " + pqrs.subject() + "\n"
                + "Fecha límite de respuesta: " + DAY.format(pqrs.dueDate()) + "\n\n";
        recipient(pqrs)
                .ifPresent(to -> notifications.queueEmail(OutgoingEmail.plain(
                        to, subject, text + "Puede seguirla en el portal: " + webUrl + "/portal/pqrs.xhtml\n")));
        management()
                .ifPresent(to -> notifications.queueEmail(OutgoingEmail.plain(
                        to,
                        "Copia: " + subject + " (" + tenantName + ")",
                        text + "Cliente: " + tenantName + "\nSolicitante: " + pqrs.requesterName() + "\n\n"
                                + pqrs.description())));
    }

    /** A wrong setting is the vendor's mistake, not the customer's: the filing stands and the log says what to fix. */
    private Optional<String> management() {
        Optional<String> address = address(managementAddress);
        if (address.isEmpty()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "andes.pqrs.management-address is not an e-mail address ({0}); no PQRS copy is sent",
                    String.valueOf(managementAddress).replaceAll("[\\r\\n]", "?"));
        }
        return address;
    }

    void answered(PqrsCase pqrs, PqrsMessage answer) {
        recipient(pqrs)
                .ifPresent(to -> notifications.queueEmail(OutgoingEmail.plain(
                        to,
                        "Respuesta a su PQRS " + pqrs.number().formatted(),
                        answer.body() + "\n\nPara responder, ingrese al portal: " + webUrl + "/portal/pqrs.xhtml\n"
                                + "Este correo no recibe respuestas.")));
    }

    /** The requester's sign-in name is their e-mail; a name that is not one gets no mail. */
    private static Optional<String> recipient(PqrsCase pqrs) {
        return address(pqrs.requesterName());
    }

    private static Optional<String> address(String text) {
        try {
            return Optional.of(new EmailAddress(text).value());
        } catch (ProblemException | IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
