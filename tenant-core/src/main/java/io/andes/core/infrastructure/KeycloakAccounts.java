package io.andes.core.infrastructure;

import io.andes.core.domain.user.EmailAddress;
import io.andes.core.domain.user.IdentityAccounts;
import io.andes.core.domain.user.IdentityProviderException;
import io.andes.core.domain.user.PersonName;
import io.andes.core.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tenant users' accounts in Keycloak through its Admin REST API, with the plain Jakarta REST client (DESIGN.md: not
 * keycloak-admin-client). Authenticates as the {@code andes-admin} service account; short timeouts, so a slow or absent
 * Keycloak becomes a clear 503 instead of a hung request.
 */
@ApplicationScoped
class KeycloakAccounts implements IdentityAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

    private static final int SET_PASSWORD_LINK_SECONDS = 72 * 3600;

    @Inject
    @ConfigProperty(name = "andes.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "andes.keycloak.admin-client-id", defaultValue = "andes-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "andes.keycloak.admin-client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "andes.oidc.client-id", defaultValue = "andes-web")
    String webClientId;

    @Inject
    ServiceAccountToken token;

    private final Map<String, JsonObject> roles = new ConcurrentHashMap<>();
    private Client client;
    private WebTarget realm;

    @PostConstruct
    void connect() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(3, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .property("jersey.config.client.suppressHttpComplianceValidation", true)
                .build();
        URI realmUri = URI.create(issuer.replaceFirst("/+$", ""));
        String path = realmUri.getPath();
        int split = path.lastIndexOf("/realms/");
        String base = realmUri.toString().substring(0, realmUri.toString().length() - path.length());
        realm = client.target(base + path.substring(0, split))
                .path("admin/realms")
                .path(path.substring(split + "/realms/".length()));
    }

    @PreDestroy
    void disconnect() {
        client.close();
    }

    @Override
    public String create(TenantId tenant, EmailAddress email, PersonName name) {
        JsonObject body = Json.createObjectBuilder()
                .add("username", email.value())
                .add("email", email.value())
                .add("firstName", name.first())
                .add("lastName", name.last())
                .add("enabled", true)
                .add("emailVerified", false)
                .add(
                        "attributes",
                        Json.createObjectBuilder()
                                .add("tenant", Json.createArrayBuilder().add(tenant.value())))
                .build();
        try (Response response = call(realm.path("users"), "POST", body)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw IdentityProviderException.emailTaken(email);
            }
            expectSuccess(response);
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    @Override
    public void grantRole(String accountId, String realmRole) {
        changeRole(accountId, realmRole, "POST");
    }

    @Override
    public void revokeRole(String accountId, String realmRole) {
        changeRole(accountId, realmRole, "DELETE");
    }

    private void changeRole(String accountId, String realmRole, String method) {
        var body = Json.createArrayBuilder().add(role(accountId, realmRole)).build();
        try (Response response = call(user(accountId).path("role-mappings/realm"), method, body)) {
            expectSuccess(response);
        }
    }

    /**
     * The representation of a realm role, found among the roles the account has or may get: reading a role by name
     * would need the view-realm permission, which the service account does not get (manage-users is all it has).
     */
    private JsonObject role(String accountId, String name) {
        JsonObject known = roles.get(name);
        if (known != null) {
            return known;
        }
        for (String listing : List.of("role-mappings/realm/available", "role-mappings/realm")) {
            try (Response response = call(user(accountId).path(listing), "GET", null)) {
                expectSuccess(response);
                for (JsonValue entry : response.readEntity(JsonArray.class)) {
                    JsonObject found = entry.asJsonObject();
                    if (name.equals(found.getString("name", null))) {
                        JsonObject role = Json.createObjectBuilder()
                                .add("id", found.getString("id"))
                                .add("name", name)
                                .build();
                        roles.put(name, role);
                        return role;
                    }
                }
            }
        }
        throw unavailable(new IllegalStateException("Keycloak has no realm role " + name));
    }

    @Override
    public void sendSetPasswordEmail(String accountId) {
        WebTarget target = user(accountId)
                .path("execute-actions-email")
                .queryParam("client_id", webClientId)
                .queryParam("lifespan", SET_PASSWORD_LINK_SECONDS);
        try (Response response = call(
                target, "PUT", Json.createArrayBuilder().add("UPDATE_PASSWORD").build())) {
            expectSuccess(response);
        }
    }

    @Override
    public void setEnabled(String accountId, boolean enabled) {
        JsonObject body = Json.createObjectBuilder().add("enabled", enabled).build();
        try (Response response = call(user(accountId), "PUT", body)) {
            expectSuccess(response);
        }
    }

    @Override
    public void delete(String accountId) {
        try (Response response = call(user(accountId), "DELETE", null)) {
            if (response.getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                expectSuccess(response);
            }
        }
    }

    private WebTarget user(String accountId) {
        return realm.path("users").path(accountId);
    }

    private Response call(WebTarget target, String method, JsonStructure body) {
        try {
            Invocation.Builder request = target.request().header("Authorization", "Bearer " + adminToken());
            return body == null ? request.method(method) : request.method(method, Entity.json(body.toString()));
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    private String adminToken() {
        return token.get(client, issuer, clientId, clientSecret);
    }

    private static void expectSuccess(Response response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            throw unavailable(new IllegalStateException(
                    "Keycloak answered " + response.getStatus() + ": " + response.readEntity(String.class)));
        }
    }

    /** The cause stays in the server log for the operators; the caller gets the plain "not answering" problem. */
    static IdentityProviderException unavailable(Exception cause) {
        LOG.log(Level.WARNING, "Keycloak Admin API call failed: " + cause.getMessage(), cause);
        return IdentityProviderException.unavailable(cause);
    }
}
