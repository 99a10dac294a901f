package io.andes.billing.payment.domain;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * An amount as the gateway takes it: an integer of the currency's smallest unit. CLP is zero-decimal (whole pesos);
 * COP, MXN and USD go in cents. Below the gateway's minimum charge a payment is refused before anything is created.
 */
public final class MinorUnits {

    /**
     * Stripe's minimum charge per currency (USD 0.50, MXN 10; CLP and COP about the same in dollars), in the
     * currency's major unit.
     */
    private static final Map<String, BigDecimal> MINIMUMS = Map.of(
            "USD", new BigDecimal("0.50"),
            "MXN", new BigDecimal("10.00"),
            "CLP", new BigDecimal("500"),
            "COP", new BigDecimal("2000.00"));

    private MinorUnits() {}

    /** {@code amount} in the currency's minor unit; an amount with more decimals than the currency has is refused. */
    public static long of(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.movePointRight(digits).longValueExact();
    }

    /** {@code minor} units of the currency as an amount in its major unit (the inverse of {@link #of}). */
    public static BigDecimal major(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** The gateway's minimum charge in {@code currency} (major unit). */
    public static BigDecimal minimum(String currency) {
        BigDecimal minimum = MINIMUMS.get(currency);
        if (minimum == null) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "No se aceptan pagos con tarjeta en " + currency + ".",
                    "Card payments in " + currency + " are not accepted.");
        }
        return minimum;
    }

    /** Refuses (422) an amount below the gateway's minimum charge. */
    public static void requireChargeable(BigDecimal amount, String currency) {
        BigDecimal minimum = minimum(currency);
        if (amount.compareTo(minimum) < 0) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "El monto " + amount.toPlainString() + " " + currency + " es menor que el mínimo que acepta el pago"
                            + " con tarjeta (" + minimum.toPlainString() + " " + currency + "). No se cobró nada.",
                    "The amount " + amount.toPlainString() + " " + currency + " is below the minimum card payment ("
                            + minimum.toPlainString() + " " + currency + "). Nothing was charged.",
                    Map.of("reason", "below-minimum", "minimum", minimum.toPlainString()));
        }
    }
}
