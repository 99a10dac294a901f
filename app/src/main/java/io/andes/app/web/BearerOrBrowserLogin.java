package io.andes.app.web;

import io.andes.core.security.AccessTokenVerifier;
import io.andes.core.security.BearerTokenMechanism;
import io.andes.core.security.InvalidTokenException;
import io.andes.core.security.SignedInUser;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * One WAR, two ways in (DESIGN.md "Authentication"): requests with a bearer token and every {@code /api/*} request
 * are the API's (verified token or 401, never a redirect, no session); everything else goes to the OpenID Connect
 * mechanism. After a browser login the access token of the login is verified like a bearer token and kept in the
 * session as the signed-in user, so both ways yield the same {@code CurrentUser}.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class BearerOrBrowserLogin implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism browserLogin;

    @Inject
    BearerTokenMechanism bearer;

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    BeanManager beans;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (bearer.presentsToken(request)) {
            bearer.authenticate(request);
            return context.doNothing();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return context.doNothing();
        }
        Optional<SignedInUser> cameFromAnotherInstance = signedInOnAnotherInstance(request);
        if (cameFromAnotherInstance.isPresent()) {
            SignedInUser user = cameFromAnotherInstance.get();
            return context.notifyContainerAboutLogin(user.username(), user.roles());
        }
        AuthenticationStatus status = browserLogin.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS) {
            rememberSignedInUser(request);
        } else if (status == AuthenticationStatus.SEND_CONTINUE && context.isProtected()) {
            CallbackServlet.rememberReturnAddress(request);
        }
        return status;
    }

    /**
     * A session opened on another instance of the cluster: the container's caller and the signed-in user came with
     * it, but the OpenID Connect context of Jakarta Security did not (Payara cannot serialise it), and the mechanism
     * fails without its tokens. The user stays signed in on the strength of the session, as on the instance of the
     * login; the ID token for the logout came with the session too. A logout clears the caller, so it still ends this.
     */
    private Optional<SignedInUser> signedInOnAnotherInstance(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null
                && request.getUserPrincipal() != null
                && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user
                && !holdsLoginTokens()) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * Whether this instance holds the session's OpenID Connect context with its tokens. Looked up without creating
     * it: a context created here would be empty, and on yet another instance it would not deserialise.
     */
    private boolean holdsLoginTokens() {
        Bean<?> bean = beans.resolve(beans.getBeans(OpenIdContext.class));
        return beans.getContext(bean.getScope()).get(bean) instanceof OpenIdContext login
                && login.getAccessToken() != null;
    }

    private void rememberSignedInUser(HttpServletRequest request) {
        HttpSession session = request.getSession();
        if (session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) != null) {
            return;
        }
        try {
            OpenIdContext login = openIdContext.get();
            String accessToken = login.getAccessToken().getToken();
            if (login.getIdentityToken() != null) {
                session.setAttribute(
                        LogoutServlet.ID_TOKEN_ATTRIBUTE,
                        login.getIdentityToken().getToken());
            }
            session.setAttribute(
                    SignedInUser.SESSION_ATTRIBUTE,
                    SignedInUser.of(verifier.verify(accessToken, request.getRemoteAddr())));
        } catch (InvalidTokenException e) {
            // A login whose token we cannot verify grants nothing: the pages see an anonymous caller.
            session.removeAttribute(SignedInUser.SESSION_ATTRIBUTE);
        }
    }
}
