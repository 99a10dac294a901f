package io.andes.billing.payment.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The port to a card-payment provider. Every call that creates something carries an idempotency key derived from our
 * own ids, so a call retried after a timeout or a rollback reaches the object the first call created instead of
 * creating (or charging) a second one. Amounts are in the currency's minor unit ({@link MinorUnits}).
 */
public interface PaymentGateway {

    /** The metadata key of our payment id on everything the provider creates for a payment (searched on retries). */
    String PAYMENT_METADATA = "andes_payment";

    /** The factory's stable id ({@code stripe}, {@code sandbox}), stored on every payment it handles. */
    String id();

    /** Creates the tenant's customer at the provider; answers its id. */
    String createCustomer(String tenantCode, String name, String email, String idempotencyKey);

    /** A hosted checkout that charges {@code amount} once: the buyer is sent to its URL. */
    Checkout checkout(Charge charge, String successUrl, String cancelUrl);

    /** A hosted checkout that only saves a card for later charges (setup mode). */
    Checkout saveCard(String customerId, Map<String, String> metadata, String successUrl, String cancelUrl, String key);

    /**
     * Charges the saved card now without the buyer (renewals); a decline is an answer, not an exception. Retry-safe: a
     * charge the provider already made for the same payment (metadata {@code andes_payment}) is answered instead of
     * charging again, even when our own record of it was rolled back.
     */
    OffSessionResult chargeSavedCard(Charge charge, String cardRef);

    /** What the provider reports of the saved card {@code cardRef} (brand, last four, expiry); empty when nothing. */
    Optional<SavedCard> savedCard(String cardRef);

    /**
     * Gives {@code refund.amount()} of a settled payment back to its card; answers the provider's refund id. The same
     * idempotency key always answers the same refund, so a retried call never refunds twice. Throws when it fails.
     */
    String refund(Refund refund);

    /** The metadata key of our refund request's id on every refund the provider makes for one. */
    String REFUND_METADATA = "refund";

    /**
     * The provider's id of the refund it made of payment {@code gatewayPaymentId} for our refund request
     * {@code refundRequestId} (metadata {@value #REFUND_METADATA}), if it made one: a refund whose answer never reached
     * us is still found. Throws a 503 problem when the provider cannot be asked.
     */
    Optional<String> refundMadeFor(String gatewayPaymentId, String refundRequestId);

    /** A refund of part (or all) of the provider's payment {@code gatewayPaymentId}. */
    record Refund(
            String gatewayPaymentId,
            long amount,
            String currency,
            Map<String, String> metadata,
            String idempotencyKey) {}

    /** One charge: who, how much, what for, the ids that come back in webhooks, and its idempotency key. */
    record Charge(
            String customerId,
            long amount,
            String currency,
            String description,
            Map<String, String> metadata,
            String idempotencyKey) {}

    /** A hosted checkout page: the provider's id, where to send the buyer and when it closes (null: not said). */
    record Checkout(String id, String url, Instant expiresAt) {}

    /** An automatic charge's outcome: the provider's payment id, and the reason when it failed. */
    record OffSessionResult(boolean succeeded, String paymentId, String failure) {}
}
