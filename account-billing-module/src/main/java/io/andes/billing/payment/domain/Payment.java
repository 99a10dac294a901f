package io.andes.billing.payment.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One attempt to pay (part of) an invoice: a card checkout, an automatic charge of the card on file, or a bank
 * transfer recorded by staff. It starts PENDING (a transfer is SUCCEEDED at once) and settles once: a success is never
 * undone by a late failure, so events may arrive in any order and more than once.
 */
@Entity
@Table(name = "payment")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class Payment {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "invoice_id", nullable = false, length = 36)
    private String invoiceId;

    @Column(name = "invoice_number", nullable = false, length = 20)
    private String invoiceNumber;

    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 12)
    private PaymentMethod method;

    @Column(name = "gateway", nullable = false, length = 20)
    private String gateway;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PaymentStatus status;

    @Column(name = "checkout_id", length = 200)
    private String checkoutId;

    @Column(name = "checkout_url", length = 1000)
    private String checkoutUrl;

    @Column(name = "checkout_expires_at")
    private Instant checkoutExpiresAt;

    @Column(name = "gateway_payment_id", length = 200)
    private String gatewayPaymentId;

    @Column(name = "reference", length = 200)
    private String reference;

    @Column(name = "failure", length = 500)
    private String failure;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "refunded_amount", nullable = false)
    private BigDecimal refundedAmount = BigDecimal.ZERO;

    protected Payment() {}

    /**
     * A new attempt ({@code attempt}, the invoice's sequence) to pay {@code amount} of an invoice. Its id is derived
     * from the invoice and the attempt, so an attempt made again after a rollback (a crash after the gateway charged)
     * sends the gateway the same metadata under the same idempotency key and finds the first call's charge.
     */
    public Payment(
            PayableInvoice invoice, int attempt, PaymentMethod method, String gateway, BigDecimal amount, Started by) {
        this.id = idOf(invoice.id(), attempt);
        this.invoiceId = invoice.id();
        this.invoiceNumber = invoice.number();
        this.attempt = attempt;
        this.method = method;
        this.gateway = gateway;
        this.amount = amount;
        this.currency = invoice.currency();
        this.status = PaymentStatus.PENDING;
        this.startedBy = by.who();
        this.startedAt = by.at();
    }

    /** Who started a payment and when. */
    public record Started(String who, Instant at) {}

    /** The invoice as a payment needs it. */
    public record PayableInvoice(String id, String number, String currency) {}

    /** The id of the {@code attempt}-th payment of the invoice: the same for the same invoice and attempt. */
    public static String idOf(String invoiceId, int attempt) {
        return UUID.nameUUIDFromBytes(("andes-payment:" + invoiceId + ":" + attempt).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The gateway's idempotency key of this attempt: derived from our invoice id and the attempt's number. */
    public String idempotencyKey(String purpose) {
        return "andes-" + purpose + "-" + invoiceId + "-" + attempt;
    }

    /** The gateway's hosted checkout of this payment; {@code expiresAt} when the gateway closes it (null: unknown). */
    public void openedCheckout(String id, String url, Instant expiresAt) {
        this.checkoutId = id;
        this.checkoutUrl = url;
        this.checkoutExpiresAt = expiresAt;
    }

    /** The gateway closed the checkout unpaid; answers whether this changed anything (only a pending one expires). */
    public boolean expire(Instant now) {
        if (status != PaymentStatus.PENDING || checkoutUrl == null) {
            return false;
        }
        status = PaymentStatus.EXPIRED;
        settledAt = now;
        return true;
    }

    /** Whether this is an open checkout the gateway has closed by now (its expiry passed), though nobody told us. */
    public boolean checkoutLapsed(Instant now) {
        return status == PaymentStatus.PENDING && checkoutUrl != null && !checkoutOpenAt(now);
    }

    /** Paid; answers whether this changed anything (a replayed or late success does not). */
    public boolean succeed(String gatewayPaymentId, String reference, Instant now) {
        if (status == PaymentStatus.SUCCEEDED || status == PaymentStatus.REFUNDED) {
            return false;
        }
        status = PaymentStatus.SUCCEEDED;
        this.gatewayPaymentId = gatewayPaymentId == null ? this.gatewayPaymentId : gatewayPaymentId;
        this.reference = reference == null ? this.reference : reference;
        this.failure = null;
        settledAt = now;
        return true;
    }

    /** Failed with {@code reason}; a payment already settled stays as it is. */
    public boolean fail(String reason, Instant now) {
        if (status != PaymentStatus.PENDING) {
            return false;
        }
        status = PaymentStatus.FAILED;
        failure = reason;
        settledAt = now;
        return true;
    }

    /**
     * The gateway has refunded {@code total} of it so far (a running total, so a replayed or late event that reports
     * less than is known changes nothing); all of it makes the payment REFUNDED. Only a successful payment can be.
     */
    public boolean refundedUpTo(BigDecimal total, Instant now) {
        if (status != PaymentStatus.SUCCEEDED || total.compareTo(refundedAmount) <= 0) {
            return false;
        }
        refundedAmount = total.min(amount);
        if (refundedAmount.compareTo(amount) >= 0) {
            status = PaymentStatus.REFUNDED;
            settledAt = now;
        }
        return true;
    }

    /** What can still go back to the card: a successful card payment less what was refunded. */
    public BigDecimal refundable() {
        return byCard() && status == PaymentStatus.SUCCEEDED ? amount.subtract(refundedAmount) : BigDecimal.ZERO;
    }

    /** Made through a card gateway (not a bank transfer), which knows it by {@link #gatewayPaymentId}. */
    public boolean byCard() {
        return method != PaymentMethod.TRANSFER && gatewayPaymentId != null;
    }

    public BigDecimal refundedAmount() {
        return refundedAmount;
    }

    /**
     * Whether an open checkout can still be offered again instead of starting a new one: until a minute before the
     * gateway's expiry, or, when the gateway did not say, 23 hours (Stripe keeps a checkout 24 h by default).
     */
    public boolean reusableCheckout(Instant now) {
        return status == PaymentStatus.PENDING && checkoutUrl != null && checkoutOpenAt(now);
    }

    private boolean checkoutOpenAt(Instant now) {
        Instant closes =
                checkoutExpiresAt == null ? startedAt.plusSeconds(23 * 3600) : checkoutExpiresAt.minusSeconds(60);
        return closes.isAfter(now);
    }

    public String id() {
        return id;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public int attempt() {
        return attempt;
    }

    public PaymentMethod method() {
        return method;
    }

    public String gateway() {
        return gateway;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public PaymentStatus status() {
        return status;
    }

    public String checkoutId() {
        return checkoutId;
    }

    public String checkoutUrl() {
        return checkoutUrl;
    }

    public Optional<Instant> checkoutExpiresAt() {
        return Optional.ofNullable(checkoutExpiresAt);
    }

    public Optional<String> gatewayPaymentId() {
        return Optional.ofNullable(gatewayPaymentId);
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> settledAt() {
        return Optional.ofNullable(settledAt);
    }
}
