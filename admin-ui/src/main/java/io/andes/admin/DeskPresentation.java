package io.andes.admin;

import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;

/** How tickets read on the console: SLA standings and priorities as colored tags, instants on the tenant's clock. */
@Named("deskPresentation")
@ApplicationScoped
public class DeskPresentation {

    @Inject
    LanguageSelection language;

    /** PrimeFaces tag severity: red when breached, amber at risk, grey while paused, green otherwise. */
    public String standingSeverity(String standing) {
        return switch (standing == null ? "" : standing) {
            case "BREACHED" -> "danger";
            case "AT_RISK" -> "warning";
            case "PAUSED" -> "secondary";
            default -> "success";
        };
    }

    public String prioritySeverity(String priority) {
        return "URGENT".equals(priority) ? "danger" : "info";
    }

    /** An instant as the tenant's clock shows it (its zone id comes with the ticket), with the zone named. */
    public String dateTime(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        ZoneId id = ZoneId.of(zone == null ? "UTC" : zone);
        return new TenantFormats(language.getLocale(), id).dateTime(instant) + " (" + id.getId() + ")";
    }
}
