package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A PDF of the signed-in administrator's company, named by one request parameter; anyone else gets 403, and another
 * company's document is the same 404 as none.
 */
abstract class AdminPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Provider<CurrentUser> user;

    /** The document named by the request; a ProblemException when there is none for this company. */
    abstract byte[] pdf(HttpServletRequest request);

    /** The download's name, without the extension. */
    abstract String fileName();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!user.get().hasRole(Roles.TENANT_ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] pdf;
        try {
            pdf = pdf(request);
        } catch (ProblemException problem) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName() + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
