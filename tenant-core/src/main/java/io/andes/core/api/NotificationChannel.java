package io.andes.core.api;

/** How a notification reaches its recipient. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    /** A signed POST of an event to a tenant's webhook endpoint. */
    WEBHOOK
}
