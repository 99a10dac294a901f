package io.andes.core.domain.notification;

import io.andes.core.api.OutgoingEmail;

/** Hands an e-mail to the mail server. Returning normally means the server accepted it. */
public interface MailSender {

    /** {@code messageId} is the outbox id: the same message sent twice carries the same Message-ID header. */
    void send(String messageId, OutgoingEmail email) throws DeliveryException;
}
