package io.andes.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

/**
 * The service account's access token (client-credentials grant), reused until shortly before it expires so that a
 * user change costs one Admin API call rather than two.
 */
@ApplicationScoped
class ServiceAccountToken {

    private static final long MARGIN_SECONDS = 30;

    @Inject
    Clock clock;

    private String token;
    private Instant expires = Instant.MIN;

    synchronized String get(Client client, String issuer, String clientId, String secret) {
        if (token == null || clock.instant().isAfter(expires)) {
            fetch(client, issuer, clientId, secret);
        }
        return token;
    }

    private void fetch(Client client, String issuer, String clientId, String secret) {
        Form form = new Form()
                .param("grant_type", "client_credentials")
                .param("client_id", clientId)
                .param("client_secret", secret);
        try (Response response = client.target(issuer)
                .path("protocol/openid-connect/token")
                .request()
                .post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw KeycloakAccounts.unavailable(new IllegalStateException("Keycloak refused the service account: "
                        + response.getStatus() + " " + response.readEntity(String.class)));
            }
            JsonObject body = response.readEntity(JsonObject.class);
            token = body.getString("access_token");
            expires =
                    clock.instant().plusSeconds(body.getJsonNumber("expires_in").longValue() - MARGIN_SECONDS);
        } catch (ProcessingException e) {
            throw KeycloakAccounts.unavailable(e);
        }
    }
}
