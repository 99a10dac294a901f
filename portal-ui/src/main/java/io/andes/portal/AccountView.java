package io.andes.portal;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.EntitlementView;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantSummary;
import io.andes.core.security.CurrentUser;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/** "Mi cuenta": who the user is, their company and roles, and how much of each quota the company uses. */
@Named("accountView")
@RequestScoped
public class AccountView {

    @Inject
    CurrentUser user;

    @Inject
    TenantDirectory tenants;

    @Inject
    EntitlementService entitlements;

    @Inject
    LanguageSelection language;

    private TenantSummary tenant;
    private List<EntitlementView> quotas;

    public CurrentUser getUser() {
        return user;
    }

    /** The signed-in user's company; {@code null} only for a user without one, whom the portal never lets in. */
    public TenantSummary getTenant() {
        if (tenant == null) {
            tenant = user.tenant().flatMap(tenants::find).orElse(null);
        }
        return tenant;
    }

    public String getCountryName() {
        return formats().countryName(getTenant().country());
    }

    public String getCurrencyName() {
        return getTenant()
                .currency()
                .getDisplayName(language.regional(getTenant().country()));
    }

    /** Bundle keys of the tenant roles the user holds ({@code role.TENANT_ADMIN}). */
    public List<String> getRoleKeys() {
        return Arrays.stream(TenantRole.values())
                .filter(role -> user.hasRole(role.realmRole()))
                .map(role -> "role." + role.name())
                .toList();
    }

    /** Mapped on every call: a language switch in this same request must show in the names and dates. */
    public List<QuotaBar> getQuotas() {
        if (quotas == null) {
            quotas = entitlements.list();
        }
        TenantFormats formats = formats();
        return quotas.stream()
                .map(quota -> QuotaBar.of(quota, language.isEnglish(), formats))
                .toList();
    }

    private TenantFormats formats() {
        return TenantFormats.of(language, getTenant().country(), getTenant().zone());
    }
}
