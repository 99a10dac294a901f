package io.andes.admin;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CreditIssuing;
import io.andes.billing.credit.application.CreditQueries;
import io.andes.billing.invoice.domain.CreditNoteKind;
import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.application.BankTransfers;
import io.andes.core.problem.ProblemException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The money of one invoice on its console page (billing staff, platform admins): the payments it has received and what
 * it still owes, "Registrar transferencia", the credit notes issued against it and "Emitir nota de crédito". Every read
 * and change is an audited staff access to the tenant, made by the billing module's use cases.
 */
@Named("invoiceMoneyView")
@ViewScoped
public class InvoiceMoneyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceView invoiceView;

    @Inject
    BankTransfers transfers;

    @Inject
    CreditIssuing issuing;

    @Inject
    CreditQueries credits;

    @Inject
    ConsoleMessages messages;

    private final TransferForm transfer = new TransferForm();
    private final CreditForm credit = new CreditForm();
    private transient PaymentViews.InvoicePayments received;
    private transient List<CreditViews.CreditNote> notes;

    public PaymentViews.InvoicePayments getReceived() {
        if (received == null) {
            received = invoiceView.read(
                    () -> transfers.received(invoiceView.tenantId(), invoiceView.getNumber(), InvoiceView.READ_REASON));
        }
        return received;
    }

    public List<CreditViews.CreditNote> getCreditNotes() {
        if (notes == null) {
            notes = invoiceView.read(
                    () -> credits.notesOf(invoiceView.tenantId(), invoiceView.getNumber(), InvoiceView.READ_REASON));
        }
        return notes == null ? List.of() : notes;
    }

    public void recordTransfer() {
        act(() -> {
            PaymentViews.Payment paid = transfers.record(
                    invoiceView.tenantId(),
                    invoiceView.getNumber(),
                    transfer.getAmount(),
                    transfer.getReference().strip(),
                    transfer.getReceivedOn());
            forget();
            messages.info(
                    "money.transfer.recorded",
                    invoiceView.money(paid.amount()),
                    invoiceView.money(getReceived().owed()));
            transfer.clear();
        });
    }

    public void issueCreditNote() {
        act(() -> {
            CreditViews.CreditNote note = issuing.issue(invoiceView.tenantId(), credit.input(invoiceView.getNumber()));
            forget();
            messages.info("money.credit.issued", note.number(), invoiceView.money(note.amount()));
            credit.clear();
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private void forget() {
        received = null;
        notes = null;
        invoiceView.reload();
    }

    public TransferForm getTransfer() {
        return transfer;
    }

    public CreditForm getCredit() {
        return credit;
    }

    /** What staff type for a bank transfer received. */
    public static class TransferForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private BigDecimal amount;
        private String reference;
        private LocalDate receivedOn;

        void clear() {
            amount = null;
            reference = null;
            receivedOn = null;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public LocalDate getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
        }
    }

    /** What staff type for a credit note against this invoice. */
    public static class CreditForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private String kind = CreditNoteKind.COBRO_INDEBIDO.name();
        private BigDecimal amount;
        private String ticket;
        private String reason;
        private LocalDate outageFrom;
        private LocalDate outageTo;

        CreditIssuing.Input input(String invoice) {
            return new CreditIssuing.Input(
                    CreditNoteKind.valueOf(kind), ticket.strip(), invoice, amount, reason, outageFrom, outageTo, false);
        }

        void clear() {
            kind = CreditNoteKind.COBRO_INDEBIDO.name();
            amount = null;
            ticket = null;
            reason = null;
            outageFrom = null;
            outageTo = null;
        }

        public boolean isOutage() {
            return CreditNoteKind.FALLA_SERVICIO.name().equals(kind);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getTicket() {
            return ticket;
        }

        public void setTicket(String ticket) {
            this.ticket = ticket;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public LocalDate getOutageFrom() {
            return outageFrom;
        }

        public void setOutageFrom(LocalDate outageFrom) {
            this.outageFrom = outageFrom;
        }

        public LocalDate getOutageTo() {
            return outageTo;
        }

        public void setOutageTo(LocalDate outageTo) {
            this.outageTo = outageTo;
        }
    }
}
