package io.andes.billing.credit.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A credit proposed to billing staff because a ticket whose urgency was paid missed its urgent SLA target: the price
 * paid, once per ticket. Staff decide once: accept (a credit note to the balance) or reject with a reason.
 */
@Entity
@Table(name = "credit_proposal")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class CreditProposal {

    public static final String PROPOSED = "PROPUESTA";
    public static final String ACCEPTED = "ACEPTADA";
    public static final String REJECTED = "RECHAZADA";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_number", nullable = false, length = 20)
    private String ticketNumber;

    @Column(name = "purchase_id", nullable = false, length = 36)
    private String purchaseId;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "detail", nullable = false, length = 500)
    private String detail;

    @Column(name = "status", nullable = false, length = 10)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "credit_note_id", length = 36)
    private String creditNoteId;

    protected CreditProposal() {}

    public CreditProposal(UrgentPurchase purchase, String detail, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.ticketNumber = purchase.ticketNumber();
        this.purchaseId = purchase.id();
        this.currency = purchase.currency();
        this.amount = purchase.amount();
        this.detail = detail;
        this.status = PROPOSED;
        this.createdAt = now;
    }

    /** Accepted: the credit note {@code creditNoteId} grants it. */
    public void accept(String creditNoteId, String by, String reason, Instant now) {
        decide(ACCEPTED, by, reason, now);
        this.creditNoteId = creditNoteId;
    }

    public void reject(String by, String reason, Instant now) {
        decide(REJECTED, by, reason, now);
    }

    /** Staff decide once: a decided proposal is a 409. */
    public void requireUndecided() {
        if (!PROPOSED.equals(status)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La propuesta de crédito ya fue " + status.toLowerCase(java.util.Locale.ROOT) + ".",
                    "The credit proposal was already decided (" + status + ").");
        }
    }

    private void decide(String outcome, String by, String reason, Instant now) {
        requireUndecided();
        status = outcome;
        decidedBy = by;
        decisionReason = reason;
        decidedAt = now;
    }

    public String id() {
        return id;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String detail() {
        return detail;
    }

    public String status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String creditNoteId() {
        return creditNoteId;
    }
}
