package io.andes.billing.payment.domain;

import io.andes.core.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bound tenant's payments, payment account and automatic charges; the platform's ledger of gateway events. */
public interface PaymentRepository {

    void add(Payment payment);

    Optional<Payment> find(String id);

    /** The payment locked until the transaction ends. */
    Optional<Payment> lock(String id);

    List<Payment> ofInvoice(String invoiceId);

    Optional<Payment> byCheckout(String checkoutId);

    List<Payment> list(int offset, int limit);

    long count();

    /** The payment account, locked until the transaction ends (created first when absent). */
    PaymentAccount lockAccount(String gateway, Instant now);

    Optional<PaymentAccount> account();

    void add(AutoCharge charge);

    /** The automatic charge of the invoice when it is due at {@code now}, locked; empty if another job holds it. */
    Optional<AutoCharge> claimDue(String invoiceId, Instant now);

    Optional<AutoCharge> autoCharge(String invoiceId);

    /** Automatic charges due at {@code now} across tenants (a plain read; each is claimed on its own). */
    List<Due> due(Instant now, int limit);

    /** Tenants flagged for billing staff: an automatic payment failed after its last retry. */
    List<Flag> flagged(int limit);

    /** Records the gateway's event id; false when it was already recorded (a replay). */
    boolean firstDelivery(String eventId, String type, String tenant, Instant now);

    /** An automatic charge due: its tenant and invoice. */
    record Due(TenantId tenant, String invoiceId) {}

    /**
     * A flagged tenant: the invoice that could not be charged (its currency and total), when and why, how many attempts
     * failed since the first failure.
     */
    record Flag(
            String tenant,
            String invoiceNumber,
            Instant flaggedAt,
            String lastFailure,
            String currency,
            BigDecimal total,
            int attempts,
            Instant firstFailureAt) {}
}
