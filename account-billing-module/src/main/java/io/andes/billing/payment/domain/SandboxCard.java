package io.andes.billing.payment.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sandbox gateway's test cards, numbered like Stripe's: one that pays, one that is declined, and one whose first
 * attempt fails with a processing error and whose retry pays.
 */
public enum SandboxCard {
    PAYS("4242424242424242", "Visa •••• 4242"),
    DECLINED("4000000000000002", "Visa •••• 0002"),
    RETRY("4000000000000119", "Visa •••• 0119");

    private final String number;
    private final String label;

    SandboxCard(String number, String label) {
        this.number = number;
        this.label = label;
    }

    public String number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** The card's reference as the sandbox keeps it on file. */
    public String ref() {
        return "sbx_pm_" + name().toLowerCase();
    }

    public static Optional<SandboxCard> byNumber(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        return Arrays.stream(values())
                .filter(card -> card.number.equals(digits))
                .findFirst();
    }

    public static Optional<SandboxCard> byRef(String ref) {
        return Arrays.stream(values()).filter(card -> card.ref().equals(ref)).findFirst();
    }
}
