package io.andes.portal;

import io.andes.core.api.EntitlementView;
import io.andes.core.web.TenantFormats;

/**
 * One quota as a bar on "Mi cuenta": its name in the page language, use against limit, how full it is and, for a
 * monthly quota, the month it counts.
 *
 * @param level {@code ok}, {@code warning} from {@value #WARNING_PERCENT} % on, or {@code full} when no unit is left
 */
public record QuotaBar(String type, String name, int used, int limit, int percent, String level, String period) {

    static final int WARNING_PERCENT = 80;

    public static QuotaBar of(EntitlementView quota, boolean english, TenantFormats formats) {
        int percent = percent(quota.used(), quota.limit());
        return new QuotaBar(
                quota.type().name(),
                quota.type().displayName(english),
                quota.used(),
                quota.limit(),
                percent,
                level(quota.used(), quota.limit(), percent),
                quota.type().monthly() ? formats.period(quota.periodStart(), quota.periodEnd()) : "");
    }

    /** Rounded down, so the bar shows 100 % only when the quota really is full. */
    static int percent(int used, int limit) {
        if (limit <= 0) {
            return used > 0 ? 100 : 0;
        }
        return (int) Math.min(100, (long) used * 100 / limit);
    }

    private static String level(int used, int limit, int percent) {
        if (used >= limit) {
            return "full";
        }
        return percent >= WARNING_PERCENT ? "warning" : "ok";
    }

    public boolean monthly() {
        return !period.isEmpty();
    }
}
