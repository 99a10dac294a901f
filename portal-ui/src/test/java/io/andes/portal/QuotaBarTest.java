package io.andes.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.api.EntitlementType;
import io.andes.core.api.EntitlementView;
import io.andes.core.web.TenantFormats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuotaBarTest {

    private static final TenantFormats CHILE = new TenantFormats(new Locale("es", "CL"), ZoneId.of("America/Santiago"));

    private static EntitlementView quota(EntitlementType type, int used, int limit) {
        LocalDate start = type.monthly() ? LocalDate.of(2026, 11, 1) : null;
        LocalDate end = type.monthly() ? LocalDate.of(2026, 11, 30) : null;
        return new EntitlementView(type, type.displayName(false), limit, limit, 0, used, limit - used, start, end);
    }

    @Test
    void percentIsRoundedDownSoOnlyAFullQuotaShowsOneHundred() {
        assertThat(QuotaBar.percent(1, 3)).isEqualTo(33);
        assertThat(QuotaBar.percent(999, 1000)).isEqualTo(99);
        assertThat(QuotaBar.percent(10, 10)).isEqualTo(100);
    }

    @Test
    void percentNeverLeavesTheBar() {
        assertThat(QuotaBar.percent(12, 10)).isEqualTo(100);
        assertThat(QuotaBar.percent(0, 0)).isZero();
        assertThat(QuotaBar.percent(3, 0)).isEqualTo(100);
        assertThat(QuotaBar.percent(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(100);
    }

    @Test
    void levelWarnsFromEightyPercentAndIsFullWhenNothingIsLeft() {
        assertThat(QuotaBar.of(quota(EntitlementType.USERS, 7, 10), false, CHILE)
                        .level())
                .isEqualTo("ok");
        assertThat(QuotaBar.of(quota(EntitlementType.USERS, 8, 10), false, CHILE)
                        .level())
                .isEqualTo("warning");
        assertThat(QuotaBar.of(quota(EntitlementType.USERS, 10, 10), false, CHILE)
                        .level())
                .isEqualTo("full");
    }

    @Test
    void monthlyQuotaShowsItsMonthInTheTenantsFormat() {
        QuotaBar bar = QuotaBar.of(quota(EntitlementType.DTE_DOCUMENTS, 250, 1000), false, CHILE);

        assertThat(bar.monthly()).isTrue();
        assertThat(bar.period()).isEqualTo("1–30 nov. 2026");
        assertThat(bar.percent()).isEqualTo(25);
    }

    @Test
    void quotaInUseHasNoPeriod() {
        QuotaBar bar = QuotaBar.of(quota(EntitlementType.USERS, 3, 10), false, CHILE);

        assertThat(bar.monthly()).isFalse();
        assertThat(bar.type()).isEqualTo("USERS");
    }

    @Test
    void nameFollowsThePageLanguage() {
        assertThat(QuotaBar.of(quota(EntitlementType.WORKERS, 1, 5), true, CHILE)
                        .name())
                .isEqualTo("Workers");
        assertThat(QuotaBar.of(quota(EntitlementType.WORKERS, 1, 5), false, CHILE)
                        .name())
                .isEqualTo("Trabajadores");
    }
}
