package io.andes.core.domain.webhook;

import io.andes.core.domain.notification.DeliveryException;

/** POSTs one signed delivery; returning normally means the receiver answered 2xx. */
public interface WebhookSender {

    void send(WebhookDelivery delivery) throws DeliveryException;
}
