package io.andes.billing.payment.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.ReceiptDocument;
import io.andes.core.api.TenantSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The payment receipt with OpenPDF: who paid which invoice, how much, how, when, with which reference. */
@ApplicationScoped
class OpenPdfReceiptDocument implements ReceiptDocument {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

    @Override
    public byte[] render(Payment payment, TenantSummary tenant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Comprobante de pago", TITLE));
        line(document, "Cliente: " + tenant.legalName());
        line(document, "Factura: " + payment.invoiceNumber());
        line(document, "Monto: " + payment.currency() + " " + payment.amount().toPlainString());
        line(document, "Medio de pago: " + method(payment));
        line(document, "Estado: " + payment.status());
        line(document, "Iniciado por: " + payment.startedBy() + " el " + at(payment.startedAt(), tenant.zone()));
        payment.settledAt().ifPresent(at -> line(document, "Pagado el " + at(at, tenant.zone())));
        payment.reference().ifPresent(reference -> line(document, "Referencia: " + reference));
        payment.gatewayPaymentId().ifPresent(id -> line(document, "Operación: " + id));
        line(document, "Comprobante N.º " + payment.id());
        document.close();
        return out.toByteArray();
    }

    private static String method(Payment payment) {
        return switch (payment.method()) {
            case CARD -> "tarjeta";
            case TRANSFER -> "transferencia bancaria";
            case SANDBOX -> "tarjeta de prueba (sandbox, sin cobro real)";
        };
    }

    private static String at(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    private static void line(Document document, String text) {
        document.add(new Paragraph(text, TEXT));
    }
}
