package io.andes.core.domain.entitlement;

/** A movement whose idempotency key was already used by this tenant. */
public class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateKeyException(Throwable cause) {
        super("The idempotency key was already used", cause);
    }
}
