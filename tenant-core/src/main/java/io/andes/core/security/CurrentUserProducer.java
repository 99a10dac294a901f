package io.andes.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Makes the authenticated caller of the current HTTP request injectable: the bearer token's user for API calls, the
 * signed-in user of the browser session for pages; anonymous otherwise.
 */
@ApplicationScoped
public class CurrentUserProducer {

    @Inject
    HttpServletRequest request;

    @Produces
    CurrentUser currentUser() {
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
