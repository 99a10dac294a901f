package io.andes.billing.payment.application;

import io.andes.billing.invoice.api.RenewalInvoiceIssued;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.payment.api.CardPayments;
import io.andes.billing.payment.domain.AutoCharge;
import io.andes.billing.payment.domain.PaymentAccount;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Automatic payment of renewal invoices with the card on file. Issuing a renewal invoice of a tenant with auto-pay on
 * writes its due row in the renewal's own transaction (nothing is called out from there); the job charges due rows,
 * each claimed with {@code FOR UPDATE SKIP LOCKED} so two instances never charge one invoice at once, and the
 * gateway's idempotency key (invoice id and attempt) makes a retried call reach the same charge. A failure is retried
 * on {@code andes.payments.retry-days} (days after the first failure) with a mail to the tenant-admins each time;
 * after the last one the invoice is overdue and the tenant is flagged for billing staff.
 */
@ApplicationScoped
public class AutoPayments {

    private static final Logger LOG = Logger.getLogger(AutoPayments.class.getName());
    static final int BATCH = 100;

    @Inject
    PaymentRepository payments;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentSettlement settlement;

    @Inject
    CardCharges cards;

    @Inject
    PaymentNotices notices;

    @Inject
    PaymentContext context;

    @Inject
    TenantBinding binding;

    @Inject
    Transactions transactions;

    @Inject
    @ConfigProperty(name = "andes.payments.retry-days", defaultValue = "1,3,5")
    String retryDays;

    /** In the renewal's transaction: the new invoice is due for automatic payment when the tenant has it on. */
    void scheduleAfterRenewal(@Observes RenewalInvoiceIssued issued) {
        if (payments.account().filter(PaymentAccount::autoPay).isPresent()) {
            payments.add(new AutoCharge(issued.invoiceId(), context.now()));
        }
    }

    /** One pass of the job: every due automatic charge, each in a transaction of its own; how many were charged. */
    @ActivateRequestContext
    public int chargeDue() {
        List<PaymentRepository.Due> due = transactions.requiresNew(() -> payments.due(context.now(), BATCH));
        int paid = 0;
        for (PaymentRepository.Due one : due) {
            try {
                paid += binding.callAs(one.tenant(), () -> transactions.requiresNew(() -> chargeOnce(one.invoiceId())))
                        ? 1
                        : 0;
            } catch (RuntimeException e) {
                // the row stays due: the next pass tries again with the same idempotency key
                LOG.log(Level.WARNING, "Automatic payment of an invoice of " + one.tenant() + " failed", e);
            }
        }
        return paid;
    }

    private boolean chargeOnce(String invoiceId) {
        AutoCharge charge = payments.claimDue(invoiceId, context.now()).orElse(null);
        if (charge == null) {
            return false; // another instance has it, or it is no longer due
        }
        Invoice invoice = invoices.lockById(invoiceId).orElseThrow();
        PaymentAccount account = payments.account().orElseThrow();
        BigDecimal owed = invoice.total().subtract(settlement.paidSoFar(invoiceId));
        if (!invoice.payable() || owed.signum() <= 0 || !account.autoPay()) {
            charge.paid(); // nothing left to charge automatically
            return false;
        }
        CardPayments.Charged result = cards.charge(
                invoice, owed, account, "pago automático", "andes-auto-" + invoiceId + "-" + charge.attempt());
        if (result.succeeded()) {
            return true;
        }
        boolean flagged = charge.failed(result.failure(), schedule(), context.now());
        if (flagged) {
            invoice.markOverdue();
            context.audit("payment.auto-failed-final", invoice.number(), result.failure());
        }
        notices.autoPaymentFailed(
                invoice, result.failure(), charge.nextAttemptAt().orElse(null));
        return false;
    }

    List<Integer> schedule() {
        return Arrays.stream(retryDays.split(","))
                .map(String::strip)
                .filter(day -> !day.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }
}
