package io.andes.core.interfaces.rest;

import io.andes.core.application.AccessRefusals;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.BearerTokenMechanism;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Unauthenticated;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Arrays;

/**
 * Every API route needs a valid bearer token, even one that does not exist: without it the answer is 401 with the
 * reason, never a redirect to a login page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Inject
    AccessRefusals refusals;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(CurrentUser.REQUEST_ATTRIBUTE) instanceof CurrentUser user && user.isAuthenticated()) {
            context.setSecurityContext(
                    new BearerSecurityContext(user, context.getSecurityContext().isSecure()));
            return;
        }
        if (selfAuthenticated(context.getUriInfo().getPath())) {
            return; // a signed webhook: the resource verifies the signature (AuthorizationFilter checks the class)
        }
        Object refusal = request.getAttribute(BearerTokenMechanism.REFUSAL_ATTRIBUTE);
        if (refusal != null) {
            refusals.tokenRefused(request.getRemoteAddr(), AuthorizationFilter.route(context), refusal.toString());
        }
        String english = refusal == null ? "Send an access token: Authorization: Bearer <token>." : refusal + ".";
        String spanish = refusal == null
                ? "Envíe un token de acceso: Authorization: Bearer <token>."
                : "El token de acceso no es válido (" + refusal + ").";
        Response problem =
                ProblemResponses.of(ProblemType.UNAUTHENTICATED, spanish, english, context.getAcceptableLanguages());
        context.abortWith(Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"andes\"")
                .build());
    }

    private static boolean selfAuthenticated(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return !relative.contains("..") && Arrays.stream(Unauthenticated.PATHS).anyMatch(relative::startsWith);
    }

    /** The JAX-RS view of the bearer caller, for code that asks {@code SecurityContext} rather than CurrentUser. */
    private record BearerSecurityContext(CurrentUser user, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return user::username;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
