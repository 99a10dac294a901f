package io.andes.app.web;

import io.andes.core.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The site root: staff go to the console, everyone else to the portal (which asks an anonymous visitor to log in).
 */
@WebServlet("")
public class LandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Provider<CurrentUser> user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + (user.get().isStaff() ? "/admin/" : "/portal/"));
    }
}
