package io.andes.billing.payment.application;

import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.billing.payment.domain.PaymentStatus;
import io.andes.billing.payment.domain.ReceiptDocument;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** "Historial de pago": the bound tenant's payments, newest first, one payment, its receipt; staff's flag list. */
@ApplicationScoped
public class PaymentQueries {

    @Inject
    PaymentRepository payments;

    @Inject
    ReceiptDocument receipts;

    @Inject
    BillingCalendar calendar;

    @Inject
    Transactions transactions;

    public Page<PaymentViews.Payment> list(PageRequest page) {
        return transactions.required(() -> new Page<>(
                payments.list(page.offset(), page.size()).stream()
                        .map(PaymentPresenter::view)
                        .toList(),
                page.page(),
                page.size(),
                payments.count()));
    }

    public PaymentViews.Payment view(String id) {
        return transactions.required(() -> PaymentPresenter.view(find(id)));
    }

    /** The receipt of a successful payment as a PDF; a payment not paid has none (409). */
    public byte[] receipt(String id) {
        return transactions.required(() -> {
            Payment payment = find(id);
            if (payment.status() != PaymentStatus.SUCCEEDED && payment.status() != PaymentStatus.REFUNDED) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "El pago no se ha completado; no tiene comprobante.",
                        "The payment is not completed; it has no receipt.");
            }
            return receipts.render(payment, calendar.tenant());
        });
    }

    /** Tenants flagged for billing staff (every tenant: a platform read). */
    public List<PaymentViews.Flag> flagged() {
        return transactions.requiresNew(() -> payments.flagged(500).stream()
                .map(flag -> new PaymentViews.Flag(
                        flag.tenant(),
                        flag.invoiceNumber(),
                        flag.flaggedAt(),
                        flag.lastFailure(),
                        flag.currency(),
                        flag.total(),
                        flag.attempts(),
                        flag.firstFailureAt()))
                .toList());
    }

    private Payment find(String id) {
        return (id == null || id.length() > 36 ? java.util.Optional.<Payment>empty() : payments.find(id))
                .orElseThrow(() -> ProblemException.notFound("el pago " + id, "Payment " + id));
    }
}
