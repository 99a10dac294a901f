package io.andes.billing.payment.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The automatic payment of one renewal invoice with the card on file: due at once when the invoice is issued, then
 * after each failure again on the retry schedule (days after the first failure); after the last retry it stops and
 * the tenant is flagged for billing staff, who decide on suspension.
 */
@Entity
@Table(name = "auto_charge")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class AutoCharge {

    @Id
    @Column(name = "invoice_id", length = 36)
    private String invoiceId;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "last_failure", length = 500)
    private String lastFailure;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    protected AutoCharge() {}

    public AutoCharge(String invoiceId, Instant now) {
        this.invoiceId = invoiceId;
        this.nextAttemptAt = now;
    }

    /** The attempt after {@code failures} failures: 1 is the first, then one per retry. */
    public int attempt() {
        return failures + 1;
    }

    public void paid() {
        nextAttemptAt = null;
    }

    /**
     * One more failure: the next attempt {@code retryDays[failures - 1]} days after the first failure, or, after the
     * last, none; answers whether the tenant is now flagged.
     */
    public boolean failed(String reason, List<Integer> retryDays, Instant now) {
        if (failures == 0) {
            firstFailureAt = now;
        }
        failures++;
        lastFailure = reason;
        if (failures > retryDays.size()) {
            nextAttemptAt = null;
            flaggedAt = now;
            return true;
        }
        nextAttemptAt = firstFailureAt.plus(Duration.ofDays(retryDays.get(failures - 1)));
        return false;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public int failures() {
        return failures;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public Optional<Instant> flaggedAt() {
        return Optional.ofNullable(flaggedAt);
    }
}
