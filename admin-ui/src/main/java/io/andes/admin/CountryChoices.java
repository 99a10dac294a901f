package io.andes.admin;

import io.andes.core.domain.tenant.Country;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the new-tenant form offers for each country: the country's currency or US dollars, and the country's time
 * zones. The first of each is the country's default, so changing the country preselects it.
 */
final class CountryChoices {

    private static final Currency DOLLAR = Currency.getInstance("USD");

    /** The other IANA zones in use in each country, besides its default {@link Country#zone()}. */
    private static final Map<Country, List<ZoneId>> ZONES = Map.of(
            Country.CL, zones("America/Punta_Arenas", "Pacific/Easter"),
            Country.CO, zones(),
            Country.MX,
                    zones(
                            "America/Cancun",
                            "America/Merida",
                            "America/Monterrey",
                            "America/Matamoros",
                            "America/Chihuahua",
                            "America/Mazatlan",
                            "America/Bahia_Banderas",
                            "America/Hermosillo",
                            "America/Tijuana"));

    private CountryChoices() {}

    static List<Currency> currencies(Country country) {
        return List.of(country.currency(), DOLLAR);
    }

    static List<ZoneId> zones(Country country) {
        return Stream.concat(Stream.of(country.zone()), ZONES.get(country).stream())
                .toList();
    }

    private static List<ZoneId> zones(String... others) {
        return Stream.of(others).map(ZoneId::of).toList();
    }
}
