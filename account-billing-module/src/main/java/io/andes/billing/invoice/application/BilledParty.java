package io.andes.billing.invoice.application;

import io.andes.billing.invoice.domain.BillingData;
import io.andes.billing.invoice.domain.BillingProfileRepository;
import io.andes.core.api.TenantSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whom the bound tenant's invoices are made out to: its saved billing data, or its registered legal name. */
@ApplicationScoped
class BilledParty {

    @Inject
    BillingProfileRepository profiles;

    BillingData of(TenantSummary tenant) {
        return profiles.find().map(profile -> profile.data(tenant.country())).orElseGet(() -> registered(tenant));
    }

    /** A tenant without saved billing data is billed under its registered legal name. */
    static BillingData registered(TenantSummary tenant) {
        return new BillingData(tenant.legalName(), null, null, null, null, tenant.country());
    }
}
