package io.andes.store.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, always at the currency's minor unit (CLP 0 decimals; USD, COP, MXN 2). Arithmetic that
 * can produce fractions of the minor unit rounds {@code HALF_UP} once, at the end; sums of rounded amounts are exact.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(amount + " has more decimals than " + currency + " allows");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    /** An exact amount rounded {@code HALF_UP} to the currency's minor unit. */
    public static Money rounded(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** {@code percent} % of this amount, rounded once. */
    public Money percent(BigDecimal percent) {
        return rounded(amount.multiply(percent).movePointLeft(2), currency);
    }

    /**
     * {@code round(this × quantity × numerator / denominator)}: the exact quotient rounded once, so that a prorated
     * line never carries an error of more than half a minor unit.
     */
    public Money fraction(long quantity, long numerator, long denominator) {
        if (denominator <= 0 || numerator < 0) {
            throw new IllegalArgumentException("A fraction needs a positive denominator and a non-negative numerator");
        }
        BigDecimal exact = amount.multiply(BigDecimal.valueOf(quantity)).multiply(BigDecimal.valueOf(numerator));
        return new Money(
                exact.divide(
                        BigDecimal.valueOf(denominator), currency.getDefaultFractionDigits(), RoundingMode.HALF_UP),
                currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
