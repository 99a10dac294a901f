package io.andes.app.dev;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs test tokens shaped like Keycloak's ({@code sub}, {@code preferred_username}, {@code groups}, {@code tenant},
 * {@code aud}) with its own RSA key, so that tests and the benchmark can make any user of any tenant without creating
 * it in Keycloak. Its JWKS endpoint on loopback publishes that key; in merged mode it carries Keycloak's issuer and
 * publishes Keycloak's keys next to its own, so that the application trusts both kinds of token through one JWKS URI
 * and exactly the code that validates production tokens.
 */
public final class DevTokenIssuer implements AutoCloseable {

    public static final String AUDIENCE = "andes-api";

    private final RsaJsonWebKey key;
    private final HttpServer server;
    private final String issuer;
    private final URI upstreamJwks;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DevTokenIssuer(RsaJsonWebKey key, HttpServer server, String issuer, URI upstreamJwks) {
        this.key = key;
        this.server = server;
        this.issuer = issuer;
        this.upstreamJwks = upstreamJwks;
    }

    /** Stand-alone: the issuer is {@code http://127.0.0.1:<port>/realms/andes} and the JWKS holds only its own key. */
    public static DevTokenIssuer start(int port) throws IOException, JoseException {
        return start(port, null, null);
    }

    /**
     * Merged mode: tokens carry {@code issuer} (Keycloak's), and each JWKS request answers the keys fetched from
     * {@code upstreamJwks} (Keycloak's certs endpoint) plus this issuer's own key.
     */
    public static DevTokenIssuer start(int port, String issuer, URI upstreamJwks) throws IOException, JoseException {
        RsaJsonWebKey key = newKey("andes-dev-" + UUID.randomUUID());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        String effectiveIssuer = issuer != null
                ? issuer
                : "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/andes";
        DevTokenIssuer tokens = new DevTokenIssuer(key, server, effectiveIssuer, upstreamJwks);
        server.createContext("/jwks", tokens::answerJwks);
        server.start();
        return tokens;
    }

    private void answerJwks(HttpExchange exchange) throws IOException {
        byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The published key set: the upstream keys as the upstream gave them, then this issuer's public key. */
    public String jwks() {
        List<Object> keys = new ArrayList<>(upstreamKeys());
        keys.add(key.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        return JsonUtil.toJson(Map.of(JsonWebKeySet.JWK_SET_MEMBER_NAME, keys));
    }

    /** Keycloak's current keys; none (only the test key is served) while Keycloak does not answer. */
    private List<?> upstreamKeys() {
        if (upstreamJwks == null) {
            return List.of();
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(upstreamJwks)
                    .timeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            Object keys = JsonUtil.parseJson(response.body()).get(JsonWebKeySet.JWK_SET_MEMBER_NAME);
            return keys instanceof List<?> list ? list : List.of();
        } catch (IOException | JoseException e) {
            System.err.println("Serving the test key only: could not read " + upstreamJwks + ": " + e);
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    public static RsaJsonWebKey newKey(String keyId) throws JoseException {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(keyId);
        return key;
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    public String issuer() {
        return issuer;
    }

    /** Claims of a valid token for one user; a null tenant makes a staff token. */
    public JwtClaims claims(String username, String tenant, List<String> roles, Duration validity) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(UUID.nameUUIDFromBytes((tenant + "/" + username).getBytes(StandardCharsets.UTF_8))
                .toString());
        claims.setClaim("preferred_username", username);
        claims.setStringListClaim("groups", roles);
        if (tenant != null) {
            claims.setClaim("tenant", tenant);
        }
        claims.setIssuedAt(NumericDate.fromMilliseconds(Instant.now().toEpochMilli()));
        claims.setExpirationTime(
                NumericDate.fromMilliseconds(Instant.now().plus(validity).toEpochMilli()));
        return claims;
    }

    public String token(String username, String tenant, List<String> roles, Duration validity) {
        return sign(claims(username, tenant, roles, validity));
    }

    public String sign(JwtClaims claims) {
        return sign(claims, key);
    }

    public static String sign(JwtClaims claims, RsaJsonWebKey signingKey) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey.getPrivateKey());
        jws.setKeyIdHeaderValue(signingKey.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    public RsaJsonWebKey key() {
        return key;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
