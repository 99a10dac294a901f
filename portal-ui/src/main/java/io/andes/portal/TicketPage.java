package io.andes.portal;

import io.andes.ticketing.api.TicketViews;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The way to a ticket's page, and what the page opening a ticket hands to it. */
public final class TicketPage {

    /** An open ticket that looks like the one just opened. */
    public record SimilarLink(String number, String subject) implements Serializable {}

    private static final String SIMILAR = "andesSimilarTickets";

    private TicketPage() {}

    /** The redirecting outcome to the ticket {@code number}. */
    public static String outcome(String number) {
        return "/portal/ticket?faces-redirect=true&numero=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    /** Hands the likely duplicates to the next page through the flash; nothing when there are none. */
    static void keepSimilar(List<TicketViews.SimilarTicket> similar) {
        if (similar != null && !similar.isEmpty()) {
            List<SimilarLink> links = similar.stream()
                    .map(s -> new SimilarLink(s.number(), s.subject()))
                    .toList();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(SIMILAR, List.copyOf(links));
        }
    }

    /** The likely duplicates handed over by the page that opened the ticket. */
    @SuppressWarnings("unchecked")
    static List<SimilarLink> takeSimilar() {
        Object similar = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get(SIMILAR);
        return similar instanceof List<?> list ? (List<SimilarLink>) list : List.of();
    }
}
