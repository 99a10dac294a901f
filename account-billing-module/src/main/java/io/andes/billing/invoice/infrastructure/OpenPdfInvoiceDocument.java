package io.andes.billing.invoice.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.InvoiceDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The invoice PDF with OpenPDF: header, billing data, one row per line with its explanation, net, tax and total. */
@ApplicationScoped
class OpenPdfInvoiceDocument implements InvoiceDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Locale SPANISH = Locale.forLanguageTag("es-CL");
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);

    @Override
    public byte[] pdf(BillingViews.Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Factura " + invoice.number(), TITLE));
        document.add(text("Estado: " + invoice.status() + " · Emitida el " + day(invoice.issueDate()) + " · Vence el "
                + day(invoice.dueOn())));
        document.add(text("Período facturado: del " + day(invoice.periodStart()) + " al " + day(invoice.periodEnd())));
        document.add(new Paragraph(" "));
        billedTo(document, invoice.billedTo());
        document.add(new Paragraph(" "));
        document.add(lines(invoice));
        if (invoice.voidReason() != null) {
            document.add(text("Anulada: " + invoice.voidReason() + " (nota de crédito " + invoice.creditNote() + ")"));
        }
        document.add(text("Montos en " + invoice.currency() + ". Las líneas prorrateadas cobran los días restantes del"
                + " período en que se activó el servicio, contando el día de activación."));
        document.close();
        return out.toByteArray();
    }

    private static void billedTo(Document document, BillingViews.BilledTo to) {
        document.add(new Paragraph("Facturar a", BOLD));
        document.add(text("Razón social: " + to.legalName()));
        document.add(text("Identificador tributario: " + orDash(to.taxId())));
        document.add(text("Dirección: " + orDash(to.address())));
        document.add(text("Giro: " + orDash(to.activity())));
        document.add(text("Correo de facturación: " + orDash(to.email())));
    }

    private static PdfPTable lines(BillingViews.Invoice invoice) {
        PdfPTable table = new PdfPTable(new float[] {1f, 9f, 3f});
        table.setWidthPercentage(100);
        header(table, "N.º", "Detalle", "Monto");
        for (BillingViews.Line line : invoice.lines()) {
            table.addCell(cell(String.valueOf(line.position()), Element.ALIGN_LEFT, TEXT));
            table.addCell(cell(explained(line, invoice.currency()), Element.ALIGN_LEFT, TEXT));
            table.addCell(cell(amount(line.amount(), invoice.currency()), Element.ALIGN_RIGHT, TEXT));
        }
        total(table, "Neto", amount(invoice.net(), invoice.currency()));
        total(
                table,
                "IVA " + invoice.taxPercent().stripTrailingZeros().toPlainString() + " %",
                amount(invoice.tax(), invoice.currency()));
        total(table, "Total", amount(invoice.total(), invoice.currency()));
        return table;
    }

    private static String explained(BillingViews.Line line, String currency) {
        return switch (line.kind()) {
            case "PLAN", "ADDON" ->
                line.description() + " (" + line.quantity() + " × " + amount(line.unitPrice(), currency) + ")";
            case "PRORATION" -> line.description() + " (prorrateo de la activación)";
            case "CREDIT" -> line.description() + " (crédito)";
            default -> line.description();
        };
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            table.addCell(cell(title, Element.ALIGN_LEFT, BOLD));
        }
    }

    private static void total(PdfPTable table, String label, String value) {
        PdfPCell name = cell(label, Element.ALIGN_RIGHT, BOLD);
        name.setColspan(2);
        table.addCell(name);
        table.addCell(cell(value, Element.ALIGN_RIGHT, BOLD));
    }

    private static PdfPCell cell(String text, int alignment, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph text(String text) {
        return new Paragraph(text, TEXT);
    }

    private static String amount(BigDecimal value, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(SPANISH);
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        return currency + " " + format.format(value);
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
