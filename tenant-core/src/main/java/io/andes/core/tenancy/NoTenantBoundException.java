package io.andes.core.tenancy;

/** Thrown when tenant-owned data is touched while no tenant is bound: the platform fails closed. */
public class NoTenantBoundException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoTenantBoundException() {
        super("No tenant is bound to this request");
    }
}
