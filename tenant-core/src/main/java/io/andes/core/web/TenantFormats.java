package io.andes.core.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How a tenant's dates, periods and amounts read on a page: in the tenant's time zone, in the page's language and with
 * the conventions of the tenant's country (a Chilean tenant reads {@code 18-03-2026}, a Colombian one
 * {@code 18/03/2026}), whoever is looking, staff included.
 */
public final class TenantFormats {

    private static final String RANGE = "–";

    private final Locale locale;
    private final ZoneId zone;

    public TenantFormats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    /** The formats for a tenant of {@code country} in {@code zone}, in the session's language. */
    public static TenantFormats of(LanguageSelection language, String country, ZoneId zone) {
        return new TenantFormats(language.regional(country), zone);
    }

    /** The formats for a tenant of {@code country} in {@code zone}, in Spanish (mails and documents, no session). */
    public static TenantFormats spanish(String country, ZoneId zone) {
        return new TenantFormats(new Locale("es", country), zone);
    }

    /** Date and time of an instant as the tenant's clock showed it; empty for no instant. */
    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant);
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    /**
     * A period of days, both ends included, said once where the ends share it: {@code 1–30 nov. 2026},
     * {@code 15 oct.–14 nov. 2026}, {@code 15 dic. 2026–14 ene. 2027}.
     */
    public String period(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return "";
        }
        String end = pattern("d MMM y").format(last);
        if (first.getYear() != last.getYear()) {
            return pattern("d MMM y").format(first) + RANGE + end;
        }
        if (first.getMonth() != last.getMonth()) {
            return pattern("d MMM").format(first) + RANGE + end;
        }
        return first.getDayOfMonth() + RANGE + end;
    }

    /** An amount in its currency's minor unit, with the country's symbol and separators: {@code $1.234.568}. */
    public String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** The name of the tenant's time zone in the page's language: {@code hora de Chile}. */
    public String zoneName() {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    /** A country's name in the page's language: {@code Colombia}, {@code México}. */
    public String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
    }

    private DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
