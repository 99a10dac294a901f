package io.andes.core.interfaces.rest;

import io.andes.core.domain.tenant.Tenant;
import java.time.Instant;

/** A tenant as staff see it. */
public record TenantView(
        String code,
        String legalName,
        String country,
        String taxId,
        String currency,
        String timeZone,
        String plan,
        String status,
        String statusReason,
        Instant createdAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(
                tenant.id().value(),
                tenant.legalName(),
                tenant.taxId().country().name(),
                tenant.taxId().formatted(),
                tenant.currency().getCurrencyCode(),
                tenant.zone().getId(),
                tenant.planCode(),
                tenant.status().name(),
                tenant.statusReason(),
                tenant.createdAt());
    }
}
