package io.andes.core.domain.tenant;

import io.andes.core.tenancy.TenantId;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * The identity of a new tenant, valid as a whole: its tax id belongs to its country and it bills in its country's
 * currency or in US dollars.
 */
public record TenantProfile(TenantId id, String legalName, TaxId taxId, Currency currency, ZoneId zone) {

    public TenantProfile {
        Objects.requireNonNull(id);
        Objects.requireNonNull(taxId);
        Objects.requireNonNull(zone);
        legalName = legalName == null ? "" : legalName.strip();
        if (legalName.isEmpty() || legalName.length() > 200) {
            throw new IllegalArgumentException("The legal name has 1 to 200 characters");
        }
        if (!Set.of(taxId.country().currency(), Currency.getInstance("USD")).contains(currency)) {
            throw new IllegalArgumentException("A tenant bills in its country's currency or in USD");
        }
    }
}
