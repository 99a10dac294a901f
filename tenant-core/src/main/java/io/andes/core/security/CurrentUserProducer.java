package io.andes.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Makes the authenticated caller of the current HTTP request injectable: the bearer token's user for API calls, the
 * signed-in user of the browser session for pages; anonymous otherwise, and for platform jobs that run outside any
 * HTTP request (the container refuses to hand out a request there).
 */
@ApplicationScoped
public class CurrentUserProducer {

    @Inject
    HttpServletRequest request;

    /** The address a platform job acts from, as audit records show it. */
    public static final String JOB_ADDRESS = "job";

    @Produces
    CurrentUser currentUser() {
        try {
            return caller();
        } catch (IllegalStateException | ContextNotActiveException outsideAnyRequest) {
            return CurrentUser.anonymous(JOB_ADDRESS);
        }
    }

    private CurrentUser caller() {
        Object user = request.getAttribute(CurrentUser.REQUEST_ATTRIBUTE);
        if (user instanceof CurrentUser known) {
            return known;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser signedIn) {
            return signedIn.from(request.getRemoteAddr());
        }
        return CurrentUser.anonymous(request.getRemoteAddr());
    }
}
