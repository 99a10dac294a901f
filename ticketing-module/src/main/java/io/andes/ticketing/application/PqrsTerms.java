package io.andes.ticketing.application;

import io.andes.core.domain.tenant.Country;
import io.andes.ticketing.domain.pqrs.PqrsResponseTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The PQRS response terms as configured: {@code andes.pqrs.response-days.<COUNTRY>} (e.g.
 * {@code andes.pqrs.response-days.CO=15}, environment {@code ANDES_PQRS_RESPONSE_DAYS_CO}); a country without a
 * setting keeps {@link PqrsResponseTerms#DEFAULT_BUSINESS_DAYS}.
 */
@ApplicationScoped
class PqrsTerms {

    static final String PREFIX = "andes.pqrs.response-days.";

    @Inject
    Config config;

    PqrsResponseTerms current() {
        PqrsResponseTerms terms = PqrsResponseTerms.standard();
        for (Country country : Country.values()) {
            Optional<Integer> days = config.getOptionalValue(PREFIX + country.name(), Integer.class);
            if (days.isPresent()) {
                terms = terms.withBusinessDays(country, days.get());
            }
        }
        return terms;
    }
}
