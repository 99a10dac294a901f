package io.andes.core.domain.entitlement;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.regex.Pattern;

/** A client-chosen key (1–100 visible ASCII characters) that makes a retried request apply once. */
public record IdempotencyKey(String value) {

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1,100}");

    public IdempotencyKey {
        if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
            throw new IllegalArgumentException("An idempotency key has 1 to 100 visible ASCII characters");
        }
    }

    /** The key a client sent in the {@code Idempotency-Key} header; missing or malformed is a 400. */
    public static IdempotencyKey fromHeader(String text) {
        try {
            return new IdempotencyKey(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    ProblemType.MISSING_IDEMPOTENCY_KEY,
                    "Envíe el encabezado Idempotency-Key con 1 a 100 caracteres ASCII visibles.",
                    "Send the Idempotency-Key header with 1 to 100 visible ASCII characters.");
        }
    }
}
