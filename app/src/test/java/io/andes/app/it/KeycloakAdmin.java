package io.andes.app.it;

import io.andes.app.dev.KeycloakServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What the tests check on the identity provider's side, through its Admin REST API as the same service account the
 * application uses: does an account exist, is it enabled, which realm roles and tenant does it have.
 */
final class KeycloakAdmin {

    private static final String CLIENT_ID = "andes-admin";
    private static final String CLIENT_SECRET = "andes-admin-dev-secret";

    private final Api keycloak;
    private final String realmAdmin;
    private final String realmPath;

    KeycloakAdmin(String issuer) {
        int realms = issuer.indexOf("/realms/");
        this.keycloak = Api.of(issuer.substring(0, realms));
        this.realmAdmin = "/admin" + issuer.substring(realms);
        this.realmPath = issuer.substring(realms);
    }

    Optional<JsonObject> userByEmail(String email) {
        Api.Reply reply = keycloak.get(realmAdmin + "/users?exact=true&email=" + encode(email), token());
        if (reply.status() != 200) {
            throw new IllegalStateException("Keycloak user search failed: " + reply);
        }
        return reply.jsonArray().stream().map(JsonValue::asJsonObject).findFirst();
    }

    List<String> realmRoles(String userId) {
        Api.Reply reply = keycloak.get(realmAdmin + "/users/" + userId + "/role-mappings/realm", token());
        return reply.jsonArray().stream()
                .map(v -> v.asJsonObject().getString("name"))
                .toList();
    }

    /** Sets a permanent password, as the person would through the set-password mail. */
    void setPassword(String userId, String password) {
        Api.Reply reply = keycloak.put(
                realmAdmin + "/users/" + userId + "/reset-password",
                token(),
                "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}");
        if (reply.status() != 204) {
            throw new IllegalStateException("Keycloak refused the password: " + reply);
        }
    }

    static String tenantOf(JsonObject user) {
        return user.getJsonObject("attributes").getJsonArray("tenant").getString(0);
    }

    /**
     * Lets the browser login come back to more instances than the one the realm was imported for: adds their
     * {@code base/*} to the redirect URIs of the web client. Client settings are beyond the application's service
     * account, so this one change is made as the master realm's administrator.
     */
    void allowLoginRedirectsTo(List<String> baseUrls) {
        String admin = token(
                "/realms/master",
                "grant_type=password&client_id=admin-cli&username=" + KeycloakServer.BOOTSTRAP_ADMIN_USERNAME
                        + "&password=" + KeycloakServer.BOOTSTRAP_ADMIN_PASSWORD);
        JsonObject client = keycloak.get(realmAdmin + "/clients?clientId=" + KeycloakServer.WEB_CLIENT_ID, admin)
                .jsonArray()
                .getJsonObject(0);
        JsonArrayBuilder uris = Json.createArrayBuilder(client.getJsonArray("redirectUris"));
        baseUrls.forEach(base -> uris.add(base + "/*"));
        Api.Reply reply = keycloak.put(
                realmAdmin + "/clients/" + client.getString("id"),
                admin,
                Json.createObjectBuilder(client)
                        .add("redirectUris", uris)
                        .build()
                        .toString());
        if (reply.status() != 204) {
            throw new IllegalStateException("Keycloak refused the redirect URIs: " + reply);
        }
    }

    private String token() {
        return token(
                realmPath, "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET);
    }

    private String token(String realm, String form) {
        Api.Reply reply = keycloak.send(keycloak.request(realm + "/protocol/openid-connect/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.status() != 200) {
            throw new IllegalStateException("Keycloak gave no token: " + reply);
        }
        return reply.json().getString("access_token");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
