package io.andes.core.infrastructure.notification;

import io.andes.core.domain.notification.DeliveryException;
import io.andes.core.domain.webhook.WebhookDelivery;
import io.andes.core.domain.webhook.WebhookSender;
import io.andes.core.domain.webhook.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * POSTs a webhook delivery with the JDK's HTTP client: 3 s to connect, 10 s for the answer, redirects not followed.
 * Any 2xx is delivered; another status, a timeout or no connection is a failed attempt that the outbox retries. The
 * signature is made at each attempt, so its timestamp is the attempt's.
 */
@ApplicationScoped
class HttpWebhookSender implements WebhookSender {

    static final Duration CONNECT = Duration.ofSeconds(3);
    static final Duration ANSWER = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @Inject
    Clock clock;

    @Override
    public void send(WebhookDelivery delivery) throws DeliveryException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(ANSWER)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Andes-Webhooks/1")
                .header("X-Andes-Event", delivery.eventType())
                .header("X-Andes-Delivery", delivery.id())
                .header(
                        WebhookSignature.HEADER,
                        WebhookSignature.header(delivery.secret(), clock.instant(), delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        int status = post(request);
        if (status < 200 || status > 299) {
            throw new DeliveryException("webhook answered HTTP " + status);
        }
    }

    private int post(HttpRequest request) throws DeliveryException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("webhook: no answer in time");
        } catch (IOException e) {
            throw new DeliveryException("webhook: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("webhook: interrupted");
        }
    }
}
