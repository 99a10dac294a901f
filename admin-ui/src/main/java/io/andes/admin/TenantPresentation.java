package io.andes.admin;

import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantStatus;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How a tenant reads on every console page: its status as a colored tag, its dates on the tenant's clock. */
@Named("tenantPresentation")
@ApplicationScoped
public class TenantPresentation {

    @Inject
    LanguageSelection language;

    /** The PrimeFaces tag severity: green while active, red when suspended, amber when cancelled. */
    public String severity(TenantStatus status) {
        return switch (status) {
            case ACTIVE -> "success";
            case SUSPENDED -> "danger";
            case CANCELLED -> "warning";
        };
    }

    public TenantFormats formats(Tenant tenant) {
        return TenantFormats.of(language, tenant.taxId().country().name(), tenant.zone());
    }

    public String createdAt(Tenant tenant) {
        return formats(tenant).dateTime(tenant.createdAt());
    }

    public String countryName(Tenant tenant) {
        return formats(tenant).countryName(tenant.taxId().country().name());
    }
}
