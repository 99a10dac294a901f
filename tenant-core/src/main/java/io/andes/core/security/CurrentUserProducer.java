package io.andes.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Makes the authenticated caller of the current HTTP request injectable. */
@ApplicationScoped
public class CurrentUserProducer {

    @Inject
    HttpServletRequest request;

    @Produces
    CurrentUser currentUser() {
        Object user = request.getAttribute(CurrentUser.REQUEST_ATTRIBUTE);
        return user instanceof CurrentUser known ? known : CurrentUser.anonymous(request.getRemoteAddr());
    }
}
