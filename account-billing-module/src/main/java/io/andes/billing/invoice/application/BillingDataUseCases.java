package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.BillingData;
import io.andes.billing.invoice.domain.BillingProfile;
import io.andes.billing.invoice.domain.BillingProfileRepository;
import io.andes.core.api.TenantSummary;
import io.andes.core.domain.tenant.Country;
import io.andes.core.domain.tenant.InvalidTaxIdException;
import io.andes.core.domain.tenant.TaxId;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;

/**
 * "Mis datos de pago": the billing data the bound tenant's next invoices print. The tax id must be valid for the
 * tenant's country (RUT, NIT, RFC) and is stored formatted; issued invoices keep the data they were issued with.
 */
@ApplicationScoped
public class BillingDataUseCases {

    @Inject
    BillingProfileRepository profiles;

    @Inject
    BilledParty billedParty;

    @Inject
    BillingCalendar calendar;

    @Inject
    Provider<CurrentUser> caller;

    /** The billing data as given, checked already for presence and length. */
    public record Input(String legalName, String taxId, String address, String activity, String email) {}

    @Transactional
    public BillingViews.BillingData view() {
        return present(billedParty.of(calendar.tenant()), profiles.find().isPresent());
    }

    @Transactional
    public BillingViews.BillingData change(Input input) {
        TenantSummary tenant = calendar.tenant();
        BillingData data = new BillingData(
                input.legalName().strip(),
                validTaxId(tenant, input.taxId()),
                blankToNull(input.address()),
                blankToNull(input.activity()),
                input.email().strip(),
                tenant.country());
        String by = caller.get().auditName();
        profiles.find()
                .ifPresentOrElse(
                        p -> p.change(data, by, calendar.now()),
                        () -> profiles.add(new BillingProfile(data, by, calendar.now())));
        return present(data, true);
    }

    private static String validTaxId(TenantSummary tenant, String raw) {
        try {
            return TaxId.of(Country.fromCode(tenant.country()), raw).formatted();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    "taxId",
                    "no es válido",
                    "El identificador tributario no es válido para " + tenant.country() + ".",
                    e instanceof InvalidTaxIdException invalid
                            ? invalid.englishMessage()
                            : "The tax id is not valid for " + tenant.country() + ".");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BillingViews.BillingData present(BillingData data, boolean saved) {
        return new BillingViews.BillingData(
                data.legalName(), data.taxId(), data.address(), data.activity(), data.email(), saved);
    }
}
