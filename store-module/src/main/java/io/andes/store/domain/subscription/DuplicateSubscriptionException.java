package io.andes.store.domain.subscription;

/** Another request created the tenant's subscription first. */
public class DuplicateSubscriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateSubscriptionException(Throwable cause) {
        super("The tenant already has a subscription", cause);
    }
}
