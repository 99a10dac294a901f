package io.andes.billing.credit.domain;

import io.andes.core.problem.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** A credit's amount as staff state it: positive, at most the currency's minor unit, below a sane ceiling. */
public final class CreditAmount {

    static final BigDecimal CEILING = new BigDecimal("10000000000");

    private CreditAmount() {}

    /** The amount at the currency's scale; a 400 on the field {@code amount} otherwise. */
    public static BigDecimal of(BigDecimal amount, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (amount == null
                || amount.signum() <= 0
                || amount.compareTo(CEILING) >= 0
                || amount.stripTrailingZeros().scale() > digits) {
            throw ProblemException.invalidField(
                    "amount",
                    "debe ser positivo, con a lo más " + digits + " decimales",
                    "El monto debe ser positivo y tener a lo más " + digits + " decimales en " + currency + ".",
                    "The amount must be positive with at most " + digits + " decimals in " + currency + ".");
        }
        return amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** What of a balance an invoice of net {@code net} can use: all of it, but never more than the net. */
    public static BigDecimal usable(BigDecimal balance, BigDecimal net) {
        return balance.min(net).max(BigDecimal.ZERO);
    }
}
