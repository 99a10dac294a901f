package io.andes.core.domain.notification;

import io.andes.core.api.NotificationStatus;

/** Only a FAILED notification can be retried by hand; the others are sent or still being tried. */
public class NotRetryableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final NotificationStatus status;

    public NotRetryableException(NotificationStatus status) {
        super("A " + status + " notification cannot be retried");
        this.status = status;
    }

    public NotificationStatus status() {
        return status;
    }
}
