package io.andes.portal;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.security.CurrentUser;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/** The signed-in user's company clock and conventions, for the ticket pages' dates and date filters. */
@RequestScoped
public class PortalFormats {

    @Inject
    CurrentUser user;

    @Inject
    TenantDirectory tenants;

    @Inject
    LanguageSelection language;

    private TenantSummary tenant;

    /** An instant as the company's clock showed it, in the page's language. */
    public String dateTime(Instant instant) {
        TenantSummary company = tenant();
        return company == null
                ? ""
                : TenantFormats.of(language, company.country(), company.zone()).dateTime(instant);
    }

    /** A date of the company's calendar, in the page's language and the company's conventions. */
    public String date(LocalDate date) {
        TenantSummary company = tenant();
        return company == null
                ? ""
                : TenantFormats.of(language, company.country(), company.zone()).date(date);
    }

    /** An amount in {@code currency}, in the page's language and the company's conventions. */
    public String money(BigDecimal amount, String currency) {
        TenantSummary company = tenant();
        return company == null || amount == null
                ? ""
                : TenantFormats.of(language, company.country(), company.zone())
                        .money(amount, Currency.getInstance(currency));
    }

    /** An amount in the company's currency. */
    public String money(BigDecimal amount) {
        TenantSummary company = tenant();
        return company == null ? "" : money(amount, company.currency().getCurrencyCode());
    }

    /** The company's time zone; UTC only for a user without a company, whom the portal never lets in. */
    public ZoneId zone() {
        TenantSummary company = tenant();
        return company == null ? ZoneId.of("UTC") : company.zone();
    }

    private TenantSummary tenant() {
        if (tenant == null) {
            tenant = user.tenant().flatMap(tenants::find).orElse(null);
        }
        return tenant;
    }
}
