package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.domain.LedgerEntry;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Credit notes and ledger entries as clients see them. */
@ApplicationScoped
class CreditPresenter {

    @Inject
    InvoiceRepository invoices;

    CreditViews.CreditNote note(CreditNote note) {
        String invoice = note.invoiceId() == null
                ? null
                : invoices.byId(note.invoiceId()).map(Invoice::number).orElse(null);
        return new CreditViews.CreditNote(
                note.number(),
                note.kind().name(),
                note.kind().label(),
                note.ticketNumber(),
                invoice,
                note.reason(),
                note.currency(),
                note.total(),
                note.destination(),
                note.outageFrom(),
                note.outageTo(),
                note.issuedAt(),
                note.issuedBy());
    }

    static CreditViews.Entry entry(LedgerEntry entry) {
        return new CreditViews.Entry(
                entry.id(),
                entry.kind().name(),
                entry.description(),
                entry.amount(),
                entry.refundStatus(),
                entry.createdAt());
    }
}
