package io.andes.core.api;

/** How a notification reaches its recipient. */
public enum NotificationChannel {
    EMAIL,
    SMS
}
