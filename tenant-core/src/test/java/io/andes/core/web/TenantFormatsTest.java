package io.andes.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TenantFormatsTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final TenantFormats CHILE = new TenantFormats(new Locale("es", "CL"), SANTIAGO);
    private static final TenantFormats CHILE_IN_ENGLISH = new TenantFormats(new Locale("en", "CL"), SANTIAGO);

    @Test
    void instantIsShownOnTheTenantsClock() {
        // 12:05 UTC is 09:05 in Santiago in March (summer time, UTC-3)
        assertThat(CHILE.dateTime(Instant.parse("2026-03-18T12:05:00Z"))).isEqualTo("18-03-2026 09:05");
    }

    @Test
    void dateFollowsTheCountrysConventions() {
        var colombia = new TenantFormats(new Locale("es", "CO"), ZoneId.of("America/Bogota"));

        assertThat(CHILE.date(LocalDate.of(2026, 11, 30))).isEqualTo("30-11-2026");
        assertThat(colombia.date(LocalDate.of(2026, 11, 30))).isEqualTo("30/11/2026");
    }

    @Test
    void periodWithinOneMonthNamesTheMonthOnce() {
        assertThat(CHILE.period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isEqualTo("1–30 nov. 2026");
        assertThat(CHILE_IN_ENGLISH.period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isEqualTo("1–30 Nov 2026");
    }

    @Test
    void periodAcrossMonthsOrYearsNamesBothEnds() {
        assertThat(CHILE.period(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14)))
                .isEqualTo("15 oct.–14 nov. 2026");
        assertThat(CHILE.period(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 14)))
                .isEqualTo("15 dic. 2026–14 ene. 2027");
    }

    @Test
    void chileanPesosHaveNoDecimals() {
        assertThat(CHILE.money(new BigDecimal("1234567.5"), Currency.getInstance("CLP")))
                .isEqualTo("$1.234.568");
    }

    @Test
    void dollarsKeepTwoDecimals() {
        assertThat(CHILE.money(new BigDecimal("19.9"), Currency.getInstance("USD")))
                .contains("19,90");
    }

    @Test
    void countryIsNamedInThePageLanguage() {
        assertThat(CHILE.countryName("MX")).isEqualTo("México");
        assertThat(CHILE_IN_ENGLISH.countryName("MX")).isEqualTo("Mexico");
    }

    @Test
    void missingValuesAreBlank() {
        assertThat(CHILE.dateTime(null)).isEmpty();
        assertThat(CHILE.date(null)).isEmpty();
        assertThat(CHILE.period(null, LocalDate.of(2026, 1, 31))).isEmpty();
        assertThat(CHILE.money(null, Currency.getInstance("CLP"))).isEmpty();
    }

    @Test
    void languageSelectionGivesThePageLanguageInTheTenantsCountry() {
        var language = new LanguageSelection();
        language.useEnglish();

        assertThat(TenantFormats.of(language, "CL", SANTIAGO).date(LocalDate.of(2026, 11, 30)))
                .isEqualTo("Nov 30, 2026");
    }
}
