package io.andes.ticketing.application;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.domain.tenant.Country;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantBinding;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.calendar.BusinessHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The bound tenant's business calendar: its country's holidays, in its own time zone. */
@ApplicationScoped
class TenantCalendars {

    @Inject
    TenantBinding binding;

    @Inject
    TenantDirectory tenants;

    BusinessCalendar current() {
        return of(tenant());
    }

    /** A tenant's business time: its country's holidays, standard opening hours, in its own time zone. */
    static BusinessCalendar of(TenantSummary tenant) {
        return new BusinessCalendar(Country.fromCode(tenant.country()), tenant.zone(), BusinessHours.standard());
    }

    TenantSummary tenant() {
        return tenants.find(binding.require()).orElseThrow(() -> ProblemException.notFound("el cliente", "The tenant"));
    }
}
