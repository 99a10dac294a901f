package io.andes.billing.advisor.application;

import io.andes.billing.advisor.domain.CommercialNumber;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.billing.advisor.domain.CommercialRequestRepository;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;

/** Finds the bound tenant's request by the number a person typed, and reads it whole. */
@ApplicationScoped
class RequestLookup {

    @Inject
    CommercialRequestRepository requests;

    @Inject
    TenantBinding binding;

    @Inject
    TenantDirectory tenants;

    /** The request, or a 404 that does not say whether another tenant has that number. */
    CommercialRequest existing(String number) {
        CommercialNumber parsed;
        try {
            parsed = CommercialNumber.parse(number);
        } catch (ProblemException malformed) {
            throw notFound(number);
        }
        return requests.find(parsed).orElseThrow(() -> notFound(number));
    }

    CommercialPresenter.Parts parts(CommercialRequest request) {
        var quotes = requests.quotes(request);
        return new CommercialPresenter.Parts(
                binding.require(), zone(), request, requests.messages(request), quotes, requests.lines(quotes));
    }

    /** The bound tenant's wall clock. */
    ZoneId zone() {
        return tenants.find(binding.require()).map(TenantSummary::zone).orElse(ZoneId.of("UTC"));
    }

    String tenantName() {
        return tenants.find(binding.require())
                .map(TenantSummary::legalName)
                .orElse(binding.require().value());
    }

    static ProblemException notFound(String number) {
        String shown = number == null ? "" : number.strip();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40);
        }
        return ProblemException.notFound("la solicitud comercial " + shown, "Commercial request " + shown);
    }
}
