package io.andes.app.web;

import io.andes.core.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The end of the login: the mechanism has already handled the code; the user goes back to the page that asked for the
 * login, or to their home; staff sent to the portal's login go to the console instead. (The mechanism's own
 * {@code redirectToOriginalResource} breaks Faces pages, so the page is remembered here.)
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String RETURN_ATTRIBUTE = "andes.login.return";

    @Inject
    Provider<CurrentUser> user;

    /** Remembers a page opened with GET before the browser is sent to the login page. */
    static void rememberReturnAddress(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        request.getSession().setAttribute(RETURN_ATTRIBUTE, path);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String target = request.getContextPath() + "/";
        if (session != null && session.getAttribute(RETURN_ATTRIBUTE) instanceof String remembered) {
            session.removeAttribute(RETURN_ATTRIBUTE);
            boolean staffToPortal =
                    user.get().isStaff() && remembered.startsWith(request.getContextPath() + "/portal/");
            if (isLocal(remembered, request.getContextPath()) && !staffToPortal) {
                target = remembered;
            }
        }
        response.sendRedirect(target);
    }

    /** Only a path of this application: never another site (an open redirect), never the callback itself. */
    static boolean isLocal(String path, String contextPath) {
        return path.startsWith(contextPath + "/")
                && !path.startsWith("//")
                && !path.contains("\\")
                && !path.startsWith(contextPath + "/Callback");
    }
}
