package io.andes.core.api;

import io.andes.core.tenancy.TenantId;
import java.time.ZoneId;
import java.util.Currency;

/** What other modules need to know about a tenant: its name, status, currency and time zone. */
public record TenantSummary(
        TenantId id, String legalName, String status, String country, Currency currency, ZoneId zone) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
