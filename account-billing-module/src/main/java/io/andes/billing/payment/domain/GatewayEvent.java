package io.andes.billing.payment.domain;

/**
 * What a gateway's webhook event means to us, already verified: its id (applied once), what happened, and to which of
 * our payments (the tenant and payment ids we gave the gateway as metadata); for a refund, {@code refundedMinor} is the
 * payment's refunded total in minor units (null when the gateway does not say: all of it).
 */
public record GatewayEvent(
        String id,
        String type,
        Kind kind,
        String tenant,
        String paymentId,
        String gatewayPaymentId,
        String detail,
        Long refundedMinor) {

    public GatewayEvent(
            String id,
            String type,
            Kind kind,
            String tenant,
            String paymentId,
            String gatewayPaymentId,
            String detail) {
        this(id, type, kind, tenant, paymentId, gatewayPaymentId, detail, null);
    }

    /** What the event does to a payment or the payment account. */
    public enum Kind {
        PAID,
        FAILED,
        EXPIRED,
        CARD_SAVED,
        REFUNDED,
        IGNORED
    }

    public static GatewayEvent ignored(String id, String type) {
        return new GatewayEvent(id, type, Kind.IGNORED, null, null, null, null);
    }
}
