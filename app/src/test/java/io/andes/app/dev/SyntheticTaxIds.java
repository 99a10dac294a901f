package io.andes.app.dev;

import io.andes.core.domain.tenant.Country;
import io.andes.core.domain.tenant.InvalidTaxIdException;
import io.andes.core.domain.tenant.TaxId;
import java.util.List;

/**
 * Valid tax ids for synthetic tenants (tests, benchmark): the check digit is the one the platform's own rule accepts,
 * so the RUT and NIT algorithms live only in {@link TaxId}.
 */
public final class SyntheticTaxIds {

    private static final List<String> CHECK_DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "K");

    private SyntheticTaxIds() {}

    /** The valid RUT (Chile) or NIT (Colombia) with this body, in canonical form ({@code 60000001-4}). */
    public static String withCheckDigit(Country country, long body) {
        for (String digit : CHECK_DIGITS) {
            try {
                return TaxId.of(country, body + "-" + digit).value();
            } catch (InvalidTaxIdException wrongDigit) {
                // try the next one
            }
        }
        throw new IllegalArgumentException("No check digit makes " + body + " a valid " + country.taxIdName());
    }
}
