package io.andes.core.tenancy;

import io.andes.core.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current request. It comes from the authenticated user's token; staff may bind another tenant
 * only for the duration of one explicit, audited call ({@link StaffTenantAccess}).
 */
@RequestScoped
public class TenantBinding {

    @Inject
    CurrentUser user;

    private TenantId override;

    /** The bound tenant, failing closed when there is none. */
    public TenantId require() {
        return current().orElseThrow(NoTenantBoundException::new);
    }

    public Optional<TenantId> current() {
        return override != null ? Optional.of(override) : user.tenant();
    }

    /** Binds {@code tenant} for the duration of {@code work}; only for audited staff and platform operations. */
    public <T> T callAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = override;
        override = tenant;
        try {
            return work.get();
        } finally {
            override = previous;
        }
    }
}
