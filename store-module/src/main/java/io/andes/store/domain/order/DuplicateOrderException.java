package io.andes.store.domain.order;

/** Another request placed an order under the same idempotency key first. */
public class DuplicateOrderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateOrderException(Throwable cause) {
        super("An order with this idempotency key exists", cause);
    }
}
