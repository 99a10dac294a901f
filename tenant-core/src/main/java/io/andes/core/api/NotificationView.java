package io.andes.core.api;

import java.time.Instant;

/**
 * A notification as staff see it: to whom, by which channel, and how delivery went. The body is left out; the last
 * error is a short description without secrets.
 */
public record NotificationView(
        String id,
        NotificationChannel channel,
        String recipient,
        String subject,
        NotificationStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant nextAttemptAt) {}
