package io.andes.app.dev;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
 * A stand-in for the identity provider until Keycloak arrives: an RSA key published as a JWKS on loopback, and access
 * tokens shaped like Keycloak's ({@code sub}, {@code preferred_username}, {@code groups}, {@code tenant}, {@code aud}).
 * The platform validates them with exactly the code that will validate Keycloak's.
 */
public final class DevTokenIssuer implements AutoCloseable {

    public static final String AUDIENCE = "andes-api";

    private final RsaJsonWebKey key;
    private final HttpServer server;
    private final String issuer;

    private DevTokenIssuer(RsaJsonWebKey key, HttpServer server) {
        this.key = key;
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/andes";
    }

    public static DevTokenIssuer start(int port) throws IOException, JoseException {
        RsaJsonWebKey key = newKey("andes-dev-" + UUID.randomUUID());
        String jwks = new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/jwks", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new DevTokenIssuer(key, server);
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
