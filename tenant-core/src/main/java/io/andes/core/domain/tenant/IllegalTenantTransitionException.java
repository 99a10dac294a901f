package io.andes.core.domain.tenant;

/** A status change that the tenant's current status does not allow. */
public class IllegalTenantTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final TenantStatus current;

    public IllegalTenantTransitionException(TenantStatus current, TenantStatus expected) {
        super("The tenant is " + current + ", not " + expected);
        this.current = current;
    }

    public TenantStatus current() {
        return current;
    }
}
