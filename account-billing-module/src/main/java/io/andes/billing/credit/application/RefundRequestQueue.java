package io.andes.billing.credit.application;

import io.andes.billing.credit.api.RefundRequests;
import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.credit.domain.LedgerEntry;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.payment.api.CardPayments;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The refund requests as the payment gateway reads and closes them, each tenant's bound for its own rows. */
@ApplicationScoped
public class RefundRequestQueue implements RefundRequests {

    @Inject
    CreditLedger ledger;

    @Inject
    InvoiceRepository invoices;

    @Inject
    CardPayments cards;

    @Inject
    TenantBinding binding;

    @Inject
    Transactions transactions;

    @Inject
    AuditLog audit;

    @Override
    public List<Request> pending(int limit) {
        return requests(transactions.requiresNew(() -> ledger.pendingRefunds(limit)));
    }

    @Override
    public List<Request> due(Instant now, int limit) {
        return requests(transactions.requiresNew(() -> ledger.dueRefunds(now, limit)));
    }

    private List<Request> requests(List<CreditLedger.PendingRefund> found) {
        return found.stream()
                .map(p -> binding.callAs(p.tenant(), () -> transactions.requiresNew(() -> request(p))))
                .toList();
    }

    @Override
    public boolean markDone(TenantId tenant, String id, String gatewayReference) {
        return binding.callAs(tenant, () -> transactions.requiresNew(() -> done(id, gatewayReference)));
    }

    @Override
    public Optional<Request> claim(String id) {
        return ledger.claimPendingRefund(id).map(entry -> request(binding.require(), entry));
    }

    @Override
    public boolean done(String id, String gatewayReference) {
        LedgerEntry entry = ledger.lockRefund(id)
                .orElseThrow(() -> ProblemException.notFound("la devolución " + id, "Refund " + id));
        boolean done = entry.refunded(gatewayReference);
        if (done) {
            audit.record(new AuditEntry("refund.done", id, gatewayReference));
        }
        return done;
    }

    @Override
    public void failed(String id, String reason, Instant retryAt) {
        ledger.lockRefund(id).ifPresent(entry -> {
            entry.refundFailed(reason, retryAt);
            audit.record(new AuditEntry("refund.failed", id, entry.refundFailure()));
        });
    }

    private Request request(CreditLedger.PendingRefund pending) {
        return request(pending.tenant(), ledger.entry(pending.id()).orElseThrow());
    }

    Request request(TenantId tenant, LedgerEntry entry) {
        return new Request(
                tenant,
                entry.id(),
                ledger.note(entry.creditNoteId()).map(CreditNote::number).orElse(null),
                entry.invoiceId(),
                invoices.byId(entry.invoiceId()).map(Invoice::number).orElse(null),
                entry.currency(),
                entry.amount(),
                entry.createdAt(),
                entry.refundAttempts(),
                entry.refundFailure(),
                "PENDING".equals(entry.refundStatus()) && cards.refundableToCard(entry.invoiceId(), entry.amount()));
    }
}
