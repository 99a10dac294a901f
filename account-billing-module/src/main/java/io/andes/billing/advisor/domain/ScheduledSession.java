package io.andes.billing.advisor.domain;

import io.andes.core.problem.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A demonstration or training the advisor scheduled: when (an instant, written by the advisor as a date and time on
 * the tenant's wall clock) and the meeting link (http or https).
 */
public record ScheduledSession(SessionKind kind, Instant at, String link) {

    static final int LINK_MAX = 500;

    /** The session at {@code local} in the tenant's {@code zone}; a time already past or a bad link is a 400. */
    public static ScheduledSession of(SessionKind kind, LocalDateTime local, ZoneId zone, String link, Instant now) {
        if (local == null) {
            throw ProblemException.invalidField(
                    "at",
                    "es obligatorio",
                    "Falta la fecha y hora de la sesión.",
                    "The session's date and time is missing.");
        }
        Instant at = local.atZone(zone).toInstant();
        if (!at.isAfter(now)) {
            throw ProblemException.invalidField(
                    "at",
                    "debe ser futura",
                    "La fecha y hora de la sesión ya pasó.",
                    "The session's date and time is already past.");
        }
        return new ScheduledSession(kind, at, link(link));
    }

    private static String link(String raw) {
        String text = CommercialText.required("link", raw, LINK_MAX);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException notALink) {
            // refused below
        }
        throw ProblemException.invalidField(
                "link",
                "debe ser un enlace http(s)",
                "El enlace de la sesión debe empezar por https:// o http://.",
                "The session link must start with https:// or http://.");
    }
}
