package io.andes.ticketing.application;

import io.andes.core.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Records who changed the vendor's catalog. The audit log of tenant-core is a tenant's (its rows carry a tenant and it
 * needs one bound); the catalog belongs to no tenant, so its changes are written to the server log instead.
 */
@ApplicationScoped
class CatalogChangeLog {

    private static final System.Logger LOG = System.getLogger(CatalogChangeLog.class.getName());

    @Inject
    Provider<CurrentUser> caller;

    void record(String action, String target, String detail) {
        LOG.log(
                System.Logger.Level.INFO,
                "Catalog {0} {1} by {2}: {3}",
                action,
                target,
                caller.get().auditName(),
                detail);
    }
}
