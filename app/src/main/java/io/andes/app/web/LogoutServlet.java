package io.andes.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ends both sessions: ours (logout, session invalidated) and the identity provider's (redirect to its end-session
 * endpoint with the ID token as hint), so the next visit shows the login page again.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The session attribute holding the ID token of the browser login: Keycloak ends its session without asking the
     * user to confirm only when the logout request carries it, and {@code /logout} itself is not a protected page, so
     * the OpenID Connect context is not there to ask.
     */
    static final String ID_TOKEN_ATTRIBUTE = "andes.oidc.idToken";

    @Inject
    OidcSettings settings;

    /**
     * Not {@code request.logout()}: on this unprotected path the OpenID Connect mechanism's clean-up commits the
     * response itself. The login lives in the HTTP session only, so invalidating it ends our side.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Optional<String> idToken = Optional.empty();
        if (session != null) {
            if (session.getAttribute(ID_TOKEN_ATTRIBUTE) instanceof String kept) {
                idToken = Optional.of(kept);
            }
            session.invalidate();
        }
        String home = request.getRequestURL().toString().replaceFirst("/logout$", "/");
        StringBuilder target = new StringBuilder(settings.endSessionEndpoint())
                .append("?client_id=")
                .append(encode(settings.getClientId()))
                .append("&post_logout_redirect_uri=")
                .append(encode(home));
        idToken.ifPresent(token -> target.append("&id_token_hint=").append(encode(token)));
        response.sendRedirect(target.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
