package io.andes.portal;

import io.andes.billing.payment.application.PaymentQueries;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A payment receipt of the signed-in administrator's company ({@code /portal/comprobante?pago=}). */
@WebServlet("/portal/comprobante")
public class ReceiptPdfServlet extends AdminPdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentQueries payments;

    public static String link(String contextPath, String paymentId) {
        return contextPath + "/portal/comprobante?pago=" + URLEncoder.encode(paymentId, StandardCharsets.UTF_8);
    }

    @Override
    byte[] pdf(HttpServletRequest request) {
        return payments.receipt(request.getParameter("pago"));
    }

    @Override
    String fileName() {
        return "comprobante";
    }
}
