package io.andes.core.domain.notification;

/**
 * A message could not be handed to the mail server or SMS provider. The message is what staff see as the last error:
 * senders keep it short and never put credentials in it.
 */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryException(String message) {
        super(message);
    }
}
