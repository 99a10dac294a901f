package io.andes.billing.advisor.application;

import io.andes.billing.advisor.domain.SupportLikeText;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The advisor channel is not a support channel: a message that reads like a support problem is refused (422) with the
 * way to open a ticket instead, unless the sender confirms that it is a commercial matter after all.
 */
final class SupportTextGuard {

    static final String TICKET_PAGE = "/portal/nuevo-ticket.xhtml";
    static final String TICKET_API = "/api/v1/tickets";

    private SupportTextGuard() {}

    static void check(boolean confirmedCommercial, String... texts) {
        Set<String> signs = SupportLikeText.signs(texts);
        if (confirmedCommercial || signs.isEmpty()) {
            return;
        }
        String quoted = "«" + String.join("», «", signs) + "»";
        throw new ProblemException(
                ProblemType.UNPROCESSABLE,
                "Su mensaje parece un problema de soporte (" + quoted + "). El asesor comercial no atiende fallas:"
                        + " abra un ticket, que tiene plazos de atención. Si de verdad es una consulta comercial,"
                        + " confírmelo y envíelo de nuevo.",
                "Your message reads like a support problem (" + quoted + "). The commercial advisor does not handle"
                        + " faults: open a ticket, which has response times. If it really is a commercial matter,"
                        + " confirm it and send it again.",
                Map.of(
                        "supportTerms",
                        List.copyOf(signs),
                        "openTicket",
                        TICKET_PAGE,
                        "ticketsApi",
                        TICKET_API,
                        "confirmWith",
                        "confirmCommercial"));
    }
}
