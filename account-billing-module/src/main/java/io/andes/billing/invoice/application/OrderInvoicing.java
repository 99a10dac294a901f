package io.andes.billing.invoice.application;

import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.LineKind;
import io.andes.billing.payment.domain.MinorUnits;
import io.andes.core.api.TenantSummary;
import io.andes.store.api.PayNowOrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A store order paid online now is invoiced at once, inside the order's transaction: its prorated lines under the next
 * gapless invoice number, due the same day. An amount below the card minimum refuses the whole order (422).
 */
@ApplicationScoped
class OrderInvoicing {

    @Inject
    InvoiceBook book;

    @Inject
    BillingCalendar calendar;

    void invoice(@Observes PayNowOrderPlaced order) {
        MinorUnits.requireChargeable(order.total(), order.currency());
        TenantSummary tenant = calendar.tenant();
        List<DraftLine> lines = order.lines().stream()
                .map(line -> new DraftLine(
                        LineKind.PRORATION,
                        line.productCode(),
                        line.description() + " (pedido " + order.orderNumber() + ")",
                        line.quantity(),
                        null,
                        line.amount(),
                        order.orderId()))
                .toList();
        InvoiceDraft draft = new InvoiceDraft(
                order.currency(),
                tenant.country(),
                order.activationDate(),
                order.periodEnd(),
                lines,
                order.net(),
                order.taxPercent(),
                order.tax(),
                order.total());
        book.issueForOrder(order.orderId(), order.subscriptionId(), draft);
    }
}
