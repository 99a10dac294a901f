package io.andes.portal;

import io.andes.billing.invoice.application.InvoiceQueries;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An invoice PDF of the signed-in administrator's company ({@code /portal/factura?numero=}); anyone else gets 403,
 * and another company's number is the same 404 as no invoice.
 */
@WebServlet("/portal/factura")
public class InvoicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceQueries invoices;

    @Inject
    transient Provider<CurrentUser> user;

    public static String link(String contextPath, String number) {
        return contextPath + "/portal/factura?numero=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!user.get().hasRole(Roles.TENANT_ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] pdf;
        try {
            pdf = invoices.pdf(request.getParameter("numero"));
        } catch (ProblemException problem) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"factura.pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
