package io.andes.portal;

import io.andes.billing.invoice.application.InvoiceQueries;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An invoice PDF of the signed-in administrator's company ({@code /portal/factura?numero=}). */
@WebServlet("/portal/factura")
public class InvoicePdfServlet extends AdminPdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceQueries invoices;

    public static String link(String contextPath, String number) {
        return contextPath + "/portal/factura?numero=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    @Override
    byte[] pdf(HttpServletRequest request) {
        return invoices.pdf(request.getParameter("numero"));
    }

    @Override
    String fileName() {
        return "factura";
    }
}
