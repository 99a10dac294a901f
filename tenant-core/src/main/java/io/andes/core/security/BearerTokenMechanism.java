package io.andes.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <access token>}: the verified caller becomes the
 * request's {@link CurrentUser}. No session is created. A request without a usable token stays anonymous here and is
 * answered 401 by the API's access filter, never redirected. (Not an {@code HttpAuthenticationMechanism} bean of its
 * own: two such beans in one WAR are ambiguous; the web module's mechanism calls this one for bearer requests.)
 */
@ApplicationScoped
public class BearerTokenMechanism {

    /** Request attribute holding why a presented token was refused. */
    public static final String REFUSAL_ATTRIBUTE = BearerTokenMechanism.class.getName() + ".refusal";

    private static final String BEARER = "Bearer ";

    @Inject
    AccessTokenVerifier verifier;

    /** Whether the request presents a bearer token (valid or not): then it is this mechanism's to judge. */
    public boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /**
     * Verifies the presented token and records the caller, or why the token was refused, on the request. The API's own
     * filters authorise from {@link CurrentUser}: a container login per call (subject, groups, JACC context) would cost
     * more CPU than the whole rest of a simple call.
     */
    public void authenticate(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        try {
            CurrentUser user = verifier.verify(header.substring(BEARER.length()).trim(), request.getRemoteAddr());
            request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
        } catch (InvalidTokenException e) {
            request.setAttribute(REFUSAL_ATTRIBUTE, e.getMessage());
        }
    }
}
