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
 * A "Soporte urgente" a tenant-admin bought for one ticket: at most one per ticket, its price charged on the next
 * renewal (mode RENEWAL) or invoiced at once and paid with the card on file (mode CHARGE_NOW). A retry under the same
 * idempotency key is the same purchase.
 */
@Entity
@Table(name = "urgent_purchase")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class UrgentPurchase {

    public static final String PRODUCT = "urgent-support";
    public static final String RENEWAL = "RENEWAL";
    public static final String CHARGE_NOW = "CHARGE_NOW";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_number", nullable = false, length = 20)
    private String ticketNumber;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "mode", nullable = false, length = 12)
    private String mode;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "pending_charge_id", length = 36)
    private String pendingChargeId;

    @Column(name = "invoice_id", length = 36)
    private String invoiceId;

    @Column(name = "purchased_by", nullable = false, length = 200)
    private String purchasedBy;

    @Column(name = "purchased_at", nullable = false)
    private Instant purchasedAt;

    protected UrgentPurchase() {}

    /** Bought for {@code ticketNumber}, charged on the next renewal through the pending charge {@code chargeId}. */
    public UrgentPurchase(
            String ticketNumber,
            String idempotencyKey,
            String currency,
            BigDecimal amount,
            String chargeId,
            String by,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.ticketNumber = ticketNumber;
        this.idempotencyKey = idempotencyKey;
        this.mode = RENEWAL;
        this.currency = currency;
        this.amount = amount;
        this.pendingChargeId = chargeId;
        this.purchasedBy = by;
        this.purchasedAt = now;
    }

    /** Bought for {@code ticketNumber} and charged now: its invoice is attached once issued ({@link #invoiced}). */
    public static UrgentPurchase chargedNow(
            String ticketNumber, String idempotencyKey, String currency, BigDecimal amount, String by, Instant now) {
        UrgentPurchase purchase = new UrgentPurchase(ticketNumber, idempotencyKey, currency, amount, null, by, now);
        purchase.mode = CHARGE_NOW;
        return purchase;
    }

    /** The invoice of its own that charged it now. */
    public void invoiced(String invoiceId) {
        this.invoiceId = invoiceId;
    }

    /** The 409 of a second purchase for one ticket. */
    public static ProblemException alreadyBought(String ticket) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "El ticket " + ticket + " ya tiene soporte urgente contratado.",
                "Ticket " + ticket + " already has urgent support.");
    }

    public String id() {
        return id;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String mode() {
        return mode;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String purchasedBy() {
        return purchasedBy;
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }
}
