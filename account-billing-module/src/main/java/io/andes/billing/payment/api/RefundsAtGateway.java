package io.andes.billing.payment.api;

import java.util.Optional;

/**
 * What the payment gateways did with a refund request, whatever our own records say: a refund the gateway made but
 * whose answer was lost (a timeout, a crash) is recorded nowhere here, yet the money went back to the card. Billing asks
 * before it closes a request by hand, so that no one is refunded twice.
 */
public interface RefundsAtGateway {

    /**
     * The gateway's reference of a refund made for request {@code requestId} against a card payment of invoice
     * {@code invoiceId}; empty when no gateway made one. Runs with the request's tenant bound; a gateway that cannot be
     * asked is a 503 problem.
     */
    Optional<String> madeFor(String invoiceId, String requestId);
}
