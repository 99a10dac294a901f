package io.andes.core.domain.tenant;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * A country where tenants can operate, with the defaults a new tenant of that country starts with: currency, time
 * zone, locale and the local name of its tax identifier.
 */
public enum Country {
    CL("CLP", "America/Santiago", "es-CL", "RUT"),
    CO("COP", "America/Bogota", "es-CO", "NIT"),
    MX("MXN", "America/Mexico_City", "es-MX", "RFC");

    private final Currency currency;
    private final ZoneId zone;
    private final Locale locale;
    private final String taxIdName;

    Country(String currencyCode, String zoneId, String languageTag, String taxIdName) {
        this.currency = Currency.getInstance(currencyCode);
        this.zone = ZoneId.of(zoneId);
        this.locale = Locale.forLanguageTag(languageTag);
        this.taxIdName = taxIdName;
    }

    /** Default currency for tenants of this country. */
    public Currency currency() {
        return currency;
    }

    /** Default time zone for tenants of this country. */
    public ZoneId zone() {
        return zone;
    }

    /** Default locale for tenants of this country. */
    public Locale locale() {
        return locale;
    }

    /** Local name of the tax identifier, as users of the country know it ("RUT", "NIT", "RFC"). */
    public String taxIdName() {
        return taxIdName;
    }

    /**
     * Returns the country for an ISO 3166-1 alpha-2 code, ignoring case.
     *
     * @throws IllegalArgumentException if the code is null or not a supported country
     */
    public static Country fromCode(String code) {
        if (code == null) {
            throw new IllegalArgumentException("Country code must not be null; expected one of CL, CO, MX");
        }
        // Locale.ROOT so that the result does not depend on the server's default locale (e.g. Turkish "i").
        String upper = code.toUpperCase(Locale.ROOT);
        for (Country country : values()) {
            if (country.name().equals(upper)) {
                return country;
            }
        }
        throw new IllegalArgumentException("Unsupported country code '" + code + "'; expected one of CL, CO, MX");
    }
}
