package io.andes.billing.payment.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sandbox gateway's test cards, numbered like Stripe's: one that pays, one that is declined, and one whose first
 * attempt fails with a processing error and whose retry pays.
 */
public enum SandboxCard {
    PAYS("4242424242424242"),
    DECLINED("4000000000000002"),
    RETRY("4000000000000119");

    /** Stripe's test cards take any future expiry; the sandbox's all expire in December 2030. */
    static final int EXP_MONTH = 12;

    static final int EXP_YEAR = 2030;

    private final String number;

    SandboxCard(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }

    /** The card as the gateway reports it once saved: Visa, its last four digits, 12/2030. */
    public SavedCard saved() {
        return new SavedCard("visa", number.substring(number.length() - 4), EXP_MONTH, EXP_YEAR);
    }

    public String label() {
        return saved().label();
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
