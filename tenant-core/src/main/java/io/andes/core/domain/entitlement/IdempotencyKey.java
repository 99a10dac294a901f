package io.andes.core.domain.entitlement;

import java.util.regex.Pattern;

/** A client-chosen key (1–100 visible ASCII characters) that makes a retried request apply once. */
public record IdempotencyKey(String value) {

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1,100}");

    public IdempotencyKey {
        if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
            throw new IllegalArgumentException("An idempotency key has 1 to 100 visible ASCII characters");
        }
    }
}
