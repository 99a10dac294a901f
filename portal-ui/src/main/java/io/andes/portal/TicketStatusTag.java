package io.andes.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How a ticket's status looks as a {@code p:tag}: who has to act next decides the colour. */
@Named("ticketStatusTag")
@ApplicationScoped
public class TicketStatusTag {

    /** The tag severity of a status name ({@code NUEVO}, {@code RESUELTO}…); unknown names look neutral. */
    public String severity(String status) {
        if (status == null) {
            return "secondary";
        }
        return switch (status) {
            case "NUEVO" -> "info";
            case "ABIERTO" -> "primary";
            case "EN_ESPERA_CLIENTE" -> "warning";
            case "RESUELTO" -> "success";
            default -> "secondary";
        };
    }

    /** Solved or closed: the requester can only reopen it. */
    public static boolean finished(String status) {
        return "RESUELTO".equals(status) || "CERRADO".equals(status);
    }
}
