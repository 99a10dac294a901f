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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The settlement of a tenant's cancellation, executed once: effective on the cancellation ticket's notice date, the
 * unused prepaid days credited (balance or card), the pending charges invoiced with the balance used on them.
 */
@Entity
@Table(name = "cancellation_settlement")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class CancellationSettlement {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_number", nullable = false, length = 20)
    private String ticketNumber;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "refund", nullable = false)
    private boolean refund;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "credit", nullable = false)
    private BigDecimal credit;

    @Column(name = "pending_charges", nullable = false)
    private BigDecimal pendingCharges;

    @Column(name = "balance_applied", nullable = false)
    private BigDecimal balanceApplied;

    @Column(name = "credit_note_id", length = 36)
    private String creditNoteId;

    @Column(name = "invoice_id", length = 36)
    private String invoiceId;

    @Column(name = "executed_by", nullable = false, length = 200)
    private String executedBy;

    @Column(name = "executed_at", nullable = false)
    private Instant executedAt;

    protected CancellationSettlement() {}

    /** What was settled; {@code creditNoteId} and {@code invoiceId} null when there was nothing to credit or invoice. */
    public CancellationSettlement(Figures figures, String creditNoteId, String invoiceId, String by, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.ticketNumber = figures.ticket();
        this.effectiveDate = figures.effectiveDate();
        this.refund = figures.refund();
        this.currency = figures.currency();
        this.credit = figures.credit();
        this.pendingCharges = figures.pendingCharges();
        this.balanceApplied = figures.balanceApplied();
        this.creditNoteId = creditNoteId;
        this.invoiceId = invoiceId;
        this.executedBy = by;
        this.executedAt = now;
    }

    /** The settled amounts. */
    public record Figures(
            String ticket,
            LocalDate effectiveDate,
            boolean refund,
            String currency,
            BigDecimal credit,
            BigDecimal pendingCharges,
            BigDecimal balanceApplied) {}

    /** The 409 of a second settlement. */
    public static ProblemException alreadySettled() {
        return new ProblemException(
                ProblemType.CONFLICT, "El término ya se liquidó.", "The cancellation was already settled.");
    }

    public Figures figures() {
        return new Figures(ticketNumber, effectiveDate, refund, currency, credit, pendingCharges, balanceApplied);
    }

    public String creditNoteId() {
        return creditNoteId;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public Instant executedAt() {
        return executedAt;
    }
}
