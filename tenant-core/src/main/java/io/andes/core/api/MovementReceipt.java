package io.andes.core.api;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to a consumption or release: the ledger line and the quota right after it. A retried request with the
 * same idempotency key gets the same receipt; {@code replayed} is told in a response header, not in the body.
 */
public record MovementReceipt(
        String id,
        EntitlementType type,
        String kind,
        int quantity,
        int used,
        int limit,
        int available,
        LocalDate periodStart,
        Instant occurredAt,
        String actor,
        @JsonbTransient boolean replayed) {}
