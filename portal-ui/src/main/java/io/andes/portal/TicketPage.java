package io.andes.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The way to a ticket's page. */
public final class TicketPage {

    private TicketPage() {}

    /** The redirecting outcome to the ticket {@code number}. */
    public static String outcome(String number) {
        return "/portal/ticket?faces-redirect=true&numero=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
