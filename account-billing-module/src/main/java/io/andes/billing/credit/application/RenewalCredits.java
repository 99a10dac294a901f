package io.andes.billing.credit.application;

import io.andes.billing.credit.domain.CreditAmount;
import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.credit.domain.LedgerEntry;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.LineKind;
import io.andes.store.api.Renewal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The credit balance on an invoice: the draft takes as much of it as its net allows (never more; the rest carries
 * over) as one credit line, and once the invoice is issued the ledger records what it used. The preview and the run
 * draft through here alike, so the preview shows the credit the invoice will carry.
 */
@ApplicationScoped
public class RenewalCredits {

    static final String LINE = "Saldo a favor de notas de crédito";

    @Inject
    CreditLedger ledger;

    @Inject
    BillingCalendar calendar;

    /** The renewal's draft with the balance applied; {@code lock} in the issuing transaction. */
    public InvoiceDraft draft(Renewal renewal, boolean lock) {
        return withBalance(credits -> InvoiceDraft.of(renewal, credits), renewal.currency(), lock);
    }

    /**
     * The draft {@code drafter} makes without credits, or, when the tenant has a balance in {@code currency}, the one
     * it makes with a balance line of as much as that draft's net allows.
     */
    public InvoiceDraft withBalance(
            Function<List<Renewal.Charge>, InvoiceDraft> drafter, String currency, boolean lock) {
        return withBalance(drafter, lock ? ledger.lockedBalance(currency) : ledger.balance(currency));
    }

    /** The draft {@code drafter} makes with a balance line of as much of {@code balance} as its net allows. */
    public static InvoiceDraft withBalance(Function<List<Renewal.Charge>, InvoiceDraft> drafter, BigDecimal balance) {
        InvoiceDraft without = drafter.apply(List.of());
        BigDecimal usable = CreditAmount.usable(balance, without.net());
        return usable.signum() == 0 ? without : drafter.apply(List.of(new Renewal.Charge(null, LINE, usable)));
    }

    /** What of the balance {@code draft} uses (zero when it has no balance line). */
    public static BigDecimal used(InvoiceDraft draft) {
        return draft.lines().stream()
                .filter(RenewalCredits::isBalanceLine)
                .map(DraftLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .negate();
    }

    private static boolean isBalanceLine(DraftLine line) {
        return line.kind() == LineKind.CREDIT && LINE.equals(line.description());
    }

    /** In the issuing transaction: the balance the invoice's balance line used leaves the ledger. */
    public void applied(Invoice invoice, InvoiceDraft draft) {
        BigDecimal used = used(draft);
        if (used.signum() > 0) {
            ledger.add(LedgerEntry.applied(
                    invoice.id(),
                    invoice.currency(),
                    used,
                    "Aplicado en la factura " + invoice.number(),
                    calendar.now()));
        }
    }
}
