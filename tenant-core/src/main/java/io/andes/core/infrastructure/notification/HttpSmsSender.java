package io.andes.core.infrastructure.notification;

import io.andes.core.domain.notification.DeliveryException;
import io.andes.core.domain.notification.PhoneNumber;
import io.andes.core.domain.notification.SmsSender;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMS through an HTTP provider ({@code andes.sms.provider=http}): {@code POST {"to","text"}} to {@code andes.sms.http.url}
 * with {@code Authorization: Bearer andes.sms.http.token}, through the plain Jakarta REST client with 5 s timeouts.
 * Any 2xx answer means accepted; anything else, or no answer, is a failed attempt that the outbox retries.
 */
@ApplicationScoped
class HttpSmsSender implements SmsSender {

    static final String ID = "http";

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    @ConfigProperty(name = "andes.sms.http.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "andes.sms.http.token")
    Optional<String> token;

    private volatile Client client;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void send(PhoneNumber to, String text) throws DeliveryException {
        if (url.isEmpty()) {
            throw new DeliveryException("SMS provider not configured: andes.sms.http.url is not set");
        }
        String body = JSON.createObjectBuilder()
                .add("to", to.value())
                .add("text", text)
                .build()
                .toString();
        try (Response response = client().target(url.get())
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.orElse(""))
                .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new DeliveryException("SMS provider answered HTTP " + response.getStatus());
            }
        } catch (ProcessingException e) {
            throw new DeliveryException(DeliveryErrors.describe("SMS", e, token));
        }
    }

    /** Built on first use: the bean also exists, unused, when another provider is chosen. */
    private Client client() {
        Client built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = ClientBuilder.newBuilder()
                            .connectTimeout(5, TimeUnit.SECONDS)
                            .readTimeout(5, TimeUnit.SECONDS)
                            .build();
                }
                built = client;
            }
        }
        return built;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
