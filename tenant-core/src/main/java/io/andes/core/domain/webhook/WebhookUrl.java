package io.andes.core.domain.webhook;

import io.andes.core.problem.ProblemException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a webhook is delivered: an absolute {@code https} URL with a host, no user info, at most 500 characters. Plain
 * {@code http} is accepted only for 127.0.0.1 or localhost, and only where the platform allows loopback receivers
 * ({@code andes.webhooks.allow-loopback}, for tests and local development). Hosts written as loopback, private or
 * link-local addresses are refused (the platform's own network), unless loopback receivers are allowed.
 */
public record WebhookUrl(String value) {

    public static final int MAX_LENGTH = 500;
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost");

    public static WebhookUrl parse(String raw, boolean allowLoopback) {
        String text = raw == null ? "" : raw.strip();
        URI uri = uri(text);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https") && !host.isEmpty() && (allowLoopback || !internal(host));
        boolean loopback = allowLoopback && scheme.equals("http") && LOOPBACK.contains(host);
        if (text.length() > MAX_LENGTH
                || uri.getUserInfo() != null
                || uri.getFragment() != null
                || !(https || loopback)) {
            throw invalid();
        }
        return new WebhookUrl(text);
    }

    /**
     * A host written as a loopback, private or link-local address (or {@code localhost}): the platform's own network,
     * which a tenant must not make it call. Names are not resolved here; that is the outbound network's job.
     */
    static boolean internal(String host) {
        if (LOOPBACK.contains(host) || host.endsWith(".localhost")) {
            return true;
        }
        boolean literal = host.matches("[0-9.]+") || host.startsWith("[");
        if (!literal) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(host.replace("[", "").replace("]", ""));
            return address.isLoopbackAddress()
                    || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress();
        } catch (UnknownHostException malformed) {
            return true;
        }
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw invalid();
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField(
                "url",
                "debe ser una URL https de hasta " + MAX_LENGTH + " caracteres",
                "La URL del webhook debe ser https://… (hasta " + MAX_LENGTH + " caracteres, sin usuario ni clave).",
                "The webhook URL must be https://… (up to " + MAX_LENGTH + " characters, no user or password).");
    }

    @Override
    public String toString() {
        return value;
    }
}
