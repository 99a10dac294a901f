package io.andes.billing.payment.domain;

import java.util.Locale;
import java.util.Map;

/**
 * What the gateway reports of a saved card, enough for the buyer to recognise it: brand (the gateway's code, such as
 * {@code visa}), last four digits and expiry. Never the number.
 */
public record SavedCard(String brand, String last4, int expMonth, int expYear) {

    private static final Map<String, String> NAMES = Map.of(
            "visa", "Visa",
            "mastercard", "Mastercard",
            "amex", "American Express",
            "diners", "Diners Club",
            "discover", "Discover",
            "jcb", "JCB",
            "unionpay", "UnionPay");

    public SavedCard {
        if (brand == null || brand.isBlank() || brand.length() > 20) {
            throw new IllegalArgumentException("A card brand is required");
        }
        if (last4 == null || !last4.matches("\\d{4}")) {
            throw new IllegalArgumentException("The last four digits are four digits");
        }
        if (expMonth < 1 || expMonth > 12 || expYear < 2000 || expYear > 9999) {
            throw new IllegalArgumentException("Not a card expiry: " + expMonth + "/" + expYear);
        }
        brand = brand.strip().toLowerCase(Locale.ROOT);
    }

    /** The brand as people write it ("Visa", "American Express"). */
    public String brandName() {
        return NAMES.getOrDefault(brand, brand.substring(0, 1).toUpperCase(Locale.ROOT) + brand.substring(1));
    }

    /** "Visa •••• 4242". */
    public String label() {
        return brandName() + " •••• " + last4;
    }
}
