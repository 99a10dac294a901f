package io.andes.billing.credit.application;

import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.credit.domain.LedgerEntry;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceDraft;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.core.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Grants a credit for the bound tenant in the caller's transaction: the credit note under the next credit-note number
 * (the same gapless counter as a void's) and its ledger entry — the balance, or a refund request for the card of the
 * invoice it answers (its amount plus that invoice's tax).
 */
@ApplicationScoped
class CreditGrants {

    @Inject
    InvoiceRepository invoices;

    @Inject
    CreditLedger ledger;

    @Inject
    BillingCalendar calendar;

    @Inject
    Provider<CurrentUser> caller;

    CreditNote grant(CreditNote.Grant grant, Invoice refunded) {
        InvoiceNumber number =
                invoices.takeNumber(InvoiceNumber.CREDIT_NOTE, calendar.today().getYear());
        CreditNote note = new CreditNote(number, grant, caller.get().auditName(), calendar.now());
        invoices.add(note);
        String what = "Nota de crédito " + note.number() + " (" + grant.kind().label() + ")";
        if (grant.refund()) {
            BigDecimal tax = InvoiceDraft.rounded(
                    grant.amount().multiply(refunded.taxPercent()).movePointLeft(2),
                    Currency.getInstance(grant.currency()));
            ledger.add(LedgerEntry.refundRequested(
                    note.id(),
                    refunded.id(),
                    grant.currency(),
                    grant.amount().add(tax),
                    what + ": devolución a la tarjeta de la factura " + refunded.number(),
                    calendar.now()));
        } else {
            ledger.add(LedgerEntry.credited(note.id(), grant.currency(), grant.amount(), what, calendar.now()));
        }
        return note;
    }
}
