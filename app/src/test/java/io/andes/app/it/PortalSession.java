package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser reduced to what a session is: a cookie jar (cookies ignore the port, so every instance on 127.0.0.1 gets
 * the same session cookie, as behind one load balancer) and redirects followed only where the test says so. It signs
 * in through Keycloak's real login form; afterwards {@link #page} does not follow redirects, so a session an instance
 * does not know shows as a redirect to the login instead of a silent single sign-on.
 */
final class PortalSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*?action=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Opens {@code url}, signs in on the login page it leads to and answers the page the login comes back to. */
    HttpResponse<String> signIn(String url, String username, String password) {
        HttpResponse<String> loginPage = follow(page(url));
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find())
                .as("Keycloak's login form at " + loginPage.uri())
                .isTrue();
        String action = form.group(1).replace("&amp;", "&");
        String fields = "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=";
        return follow(send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))));
    }

    /** One GET with the session's cookies, redirects not followed. */
    HttpResponse<String> page(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current = page(current.uri().resolve(location).toString());
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Browsers treat {@code http://127.0.0.1} as a secure context and send it cookies marked {@code Secure}, such as
     * Keycloak's login-session cookies; Java's cookie manager sends those over https only, so here they lose the flag.
     */
    private static final class LoopbackCookies extends CookieManager {

        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            super.put(uri, responseHeaders);
            getCookieStore().getCookies().forEach(cookie -> cookie.setSecure(false));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
