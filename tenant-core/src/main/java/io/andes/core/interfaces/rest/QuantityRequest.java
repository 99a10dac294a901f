package io.andes.core.interfaces.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * Body of a consumption or release: how many units, a whole number from 1 to 1,000,000. Read as a decimal so that
 * {@code 1.5} or a number beyond {@code int} is refused instead of silently truncated.
 */
public record QuantityRequest(
        @NotNull @Positive @Max(1_000_000) @Digits(integer = 7, fraction = 0) BigDecimal quantity) {

    int units() {
        return quantity.intValueExact();
    }
}
