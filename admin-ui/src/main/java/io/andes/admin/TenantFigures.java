package io.andes.admin;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's amounts and instants on a console list of several tenants: written with its country's conventions and in
 * its time zone, in the page's language; each tenant looked up once per request.
 */
@RequestScoped
public class TenantFigures {

    @Inject
    TenantDirectory tenants;

    @Inject
    BillingFormats formats;

    private final Map<String, Optional<TenantSummary>> found = new HashMap<>();

    public String money(String tenant, BigDecimal amount, String currency) {
        return formats.money(
                amount, currency, summary(tenant).map(TenantSummary::country).orElse(null));
    }

    public String dateTime(String tenant, Instant instant) {
        if (instant == null) {
            return "";
        }
        Optional<TenantSummary> summary = summary(tenant);
        return formats.of(
                        summary.map(TenantSummary::country).orElse(null),
                        summary.map(s -> s.zone().getId()).orElse(null))
                .dateTime(instant);
    }

    private Optional<TenantSummary> summary(String tenant) {
        return found.computeIfAbsent(
                tenant, code -> TenantId.isValid(code) ? tenants.find(new TenantId(code)) : Optional.empty());
    }
}
