package io.andes.core.api;

/** Where a notification stands: waiting (first try or a retry), delivered, or given up after every attempt. */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
