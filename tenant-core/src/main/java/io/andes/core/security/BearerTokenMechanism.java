package io.andes.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <access token>}: the verified caller becomes the
 * request's {@link CurrentUser}. No session is created. A request without a usable token stays anonymous here and is
 * answered 401 by the API's access filter, never redirected.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding why a presented token was refused. */
    public static final String REFUSAL_ATTRIBUTE = BearerTokenMechanism.class.getName() + ".refusal";

    private static final String BEARER = "Bearer ";

    @Inject
    AccessTokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        try {
            CurrentUser user = verifier.verify(header.substring(BEARER.length()).trim(), request.getRemoteAddr());
            request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
            // The API's own filters authorise from CurrentUser; a container login per call (subject, groups,
            // JACC context) would cost more CPU than the whole rest of a simple call. No session either way.
            return context.doNothing();
        } catch (InvalidTokenException e) {
            request.setAttribute(REFUSAL_ATTRIBUTE, e.getMessage());
            return context.doNothing();
        }
    }
}
