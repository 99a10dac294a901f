package io.andes.core.application;

import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Records refused access attempts. Every refusal goes to the security log ({@code io.andes.security}) with the caller
 * and address; a refusal of a signed-in user of a registered tenant is also written to that tenant's audit log, where
 * its administrators and the vendor's staff see it. A request without a verifiable token writes nothing to the
 * database: anyone can send those, and they must not be able to fill it.
 */
@ApplicationScoped
public class AccessRefusals {

    private static final Logger SECURITY = Logger.getLogger("io.andes.security");
    private static final int ROUTE_LIMIT = 200;

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    /** A bearer token that could not be verified (bad signature, another issuer, expired, …). */
    public void tokenRefused(String address, String route, String reason) {
        SECURITY.warning(() -> "Refused access token from " + address + " on " + route + ": " + reason);
    }

    /** A verified caller who may not use {@code route}; {@code tenantKnown} when its tenant is registered. */
    public void accessRefused(CurrentUser caller, String route, String reason, boolean tenantKnown) {
        SECURITY.warning(
                () -> "Refused " + caller.auditName() + " from " + caller.address() + " on " + route + ": " + reason);
        if (tenantKnown) {
            transactions.requiresNew(() -> {
                audit.record(new AuditEntry(
                        "access.refused",
                        route.length() > ROUTE_LIMIT ? route.substring(0, ROUTE_LIMIT) : route,
                        reason));
                return null;
            });
        }
    }
}
