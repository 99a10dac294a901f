package io.andes.ticketing.domain.visit;

import io.andes.core.problem.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A meeting's link: an absolute {@code https} URL with a host, no user info, at most 500 characters. Anything else
 * (http, javascript:, relative) is refused, so the portal can show it as a link without risk.
 */
public record MeetingLink(String value) {

    public static final int MAX_LENGTH = 500;

    public static MeetingLink parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        try {
            URI uri = new URI(text);
            boolean https = "https"
                    .equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT));
            if (text.length() <= MAX_LENGTH && https && uri.getHost() != null && uri.getUserInfo() == null) {
                return new MeetingLink(text);
            }
        } catch (URISyntaxException malformed) {
            // refused below
        }
        throw ProblemException.invalidField(
                "link",
                "debe ser una URL https",
                "El enlace de la reunión debe ser una URL https://… de hasta " + MAX_LENGTH + " caracteres.",
                "The meeting link must be an https://… URL of up to " + MAX_LENGTH + " characters.");
    }
}
