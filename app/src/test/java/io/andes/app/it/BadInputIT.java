package io.andes.app.it;

import static io.andes.app.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.DevTokenIssuer;
import io.andes.app.it.TestTenants.TestTenant;
import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every client mistake gets a clear 4xx problem+json and changes nothing: bad tokens, unknown quotas, bad quantities,
 * unreadable or oversized bodies. Also the platform conventions: OpenAPI, health, metrics, unknown routes.
 */
class BadInputIT extends AndesIT {

    private static final String CONSUME = "/api/v1/entitlements/WORKERS/consumptions";

    TestTenant tenant;
    String stateBefore;

    @BeforeEach
    void tenant() {
        tenant = TestTenants.create(api, "bad", "basico");
        stateBefore = quotasAndLedger(tenant.userToken());
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(quotasAndLedger(tenant.userToken())).isEqualTo(stateBefore);
    }

    @Test
    void missingTokenIs401WithAProblemNotARedirect() {
        Api.Reply reply = api.post(CONSUME, null, "{\"quantity\":1}", "Idempotency-Key", "k");

        assertProblem(reply, 401, "/problems/unauthenticated");
        assertThat(reply.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(reply.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void unknownRouteWithoutTokenIsAlso401() {
        assertProblem(api.get("/api/v1/no-such-thing", null), 401, "/problems/unauthenticated");
    }

    @Test
    void expiredTokenIs401SayingSo() {
        JwtClaims claims = claims();
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 120));

        Api.Reply reply = consumeWith(tokens().sign(claims));

        assertProblem(reply, 401, "/problems/unauthenticated");
        assertThat(reply.json().getString("detail")).contains("expired");
    }

    @Test
    void tokenSignedByAForeignKeyIs401() throws Exception {
        String sameKeyIdOtherKey = DevTokenIssuer.sign(
                claims(), DevTokenIssuer.newKey(tokens().key().getKeyId()));
        String unknownKeyId = DevTokenIssuer.sign(claims(), DevTokenIssuer.newKey("someone-else"));

        assertProblem(consumeWith(sameKeyIdOtherKey), 401, "/problems/unauthenticated");
        assertProblem(consumeWith(unknownKeyId), 401, "/problems/unauthenticated");
    }

    @Test
    void tokenForAnotherAudienceOrIssuerIs401() {
        JwtClaims otherAudience = claims();
        otherAudience.setAudience("another-api");
        JwtClaims otherIssuer = claims();
        otherIssuer.setIssuer("http://127.0.0.1:1/realms/other");

        assertProblem(consumeWith(tokens().sign(otherAudience)), 401, "/problems/unauthenticated");
        assertProblem(consumeWith(tokens().sign(otherIssuer)), 401, "/problems/unauthenticated");
    }

    @Test
    void garbageAndUnsignedTokensAre401() {
        String unsigned = "eyJhbGciOiJub25lIn0."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + ".";

        assertProblem(consumeWith("not-a-jwt"), 401, "/problems/unauthenticated");
        assertProblem(consumeWith(unsigned), 401, "/problems/unauthenticated");
    }

    @Test
    void tenantRoleWithoutTenantClaimIs403() {
        String noTenant = tokens().token("lost@nowhere", null, List.of(Roles.TENANT_ADMIN), Duration.ofMinutes(5));

        assertProblem(consumeWith(noTenant), 403, "/problems/forbidden");
        assertProblem(api.get("/api/v1/entitlements", noTenant), 403, "/problems/forbidden");
    }

    @Test
    void tenantClaimOfAnUnknownTenantIs403() {
        String ghost = tokens().token("ghost@x", "no-such-tenant", List.of(Roles.TENANT_USER), Duration.ofMinutes(5));

        assertProblem(api.get("/api/v1/entitlements", ghost), 403, "/problems/forbidden");
    }

    @Test
    void staffTokenCannotUseTenantRoutes() {
        assertProblem(
                api.get("/api/v1/entitlements", TestTenants.staffToken(Roles.PLATFORM_ADMIN)),
                403,
                "/problems/forbidden");
    }

    @Test
    void unknownQuotaTypeIs404() {
        Api.Reply reply = api.post(
                "/api/v1/entitlements/SPACESHIPS/consumptions",
                tenant.userToken(),
                "{\"quantity\":1}",
                "Idempotency-Key",
                "k-type");

        assertProblem(reply, 404, "/problems/not-found");
        assertThat(reply.json().getString("detail")).contains("SPACESHIPS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1000001", "2147483648", "99999999999999999999", "1.5", "\"abc\"", "null"})
    void quantityOutsideOneToAMillionIs400(String quantity) {
        Api.Reply reply = consume("{\"quantity\":" + quantity + "}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void validationProblemNamesTheFieldInSpanishOrEnglish() {
        Api.Reply spanish = consume("{\"quantity\":0}");
        Api.Reply english = api.post(
                CONSUME,
                tenant.userToken(),
                "{\"quantity\":0}",
                "Idempotency-Key",
                "k-en",
                "Accept-Language",
                "en-US,en;q=0.9");

        JsonObject error = spanish.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("quantity");
        assertThat(spanish.json().getString("title")).isEqualTo("Datos no válidos");
        assertThat(english.json().getString("title")).isEqualTo("Invalid data");
        assertThat(english.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isNotEqualTo(error.getString("message"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"quantity\":", "[1,2]", "quantity=1", "", "{\"quantity\":1}}"})
    void unreadableBodyIs400(String body) {
        assertThat(consume(body).status()).isEqualTo(400);
    }

    @Test
    void bodyOverOneMegabyteIs413() {
        String huge = "{\"quantity\":1,\"pad\":\"" + "x".repeat(1_100_000) + "\"}";

        assertProblem(consume(huge), 413, "/problems/payload-too-large");
    }

    @Test
    void wrongContentTypeIs415() {
        Api.Reply reply = api.send(api.request(CONSUME, tenant.userToken(), "Idempotency-Key", "k-ct")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("quantity=1")));

        assertProblem(reply, 415, "/problems/unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space"})
    void missingOrInvalidIdempotencyKeyIs400(String key) {
        Api.Reply reply = key.isEmpty()
                ? api.post(CONSUME, tenant.userToken(), "{\"quantity\":1}")
                : api.post(CONSUME, tenant.userToken(), "{\"quantity\":1}", "Idempotency-Key", key);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    }

    @Test
    void idempotencyKeyOver100CharactersIs400() {
        assertProblem(
                api.post(CONSUME, tenant.userToken(), "{\"quantity\":1}", "Idempotency-Key", "k".repeat(101)),
                400,
                "/problems/missing-idempotency-key");
    }

    @Test
    void unknownRouteAndWrongMethodAreProblems() {
        assertProblem(api.get("/api/v1/no-such-thing", tenant.userToken()), 404, "/problems/not-found");
        assertProblem(
                api.delete("/api/v1/entitlements/WORKERS", tenant.userToken()), 405, "/problems/method-not-allowed");
    }

    @Test
    void platformEndpointsAnswer() {
        Api.Reply openapi = api.get("/openapi", null);
        Api.Reply ready = api.get("/health/ready", null);
        Api.Reply live = api.get("/health/live", null);
        Api.Reply metrics = api.get("/metrics", null);

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/entitlements/{type}/consumptions");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getJsonArray("checks").getJsonObject(0).getString("name"))
                .isEqualTo("database");
        assertThat(live.status()).isEqualTo(200);
        assertThat(metrics.status()).isEqualTo(200);
    }

    private Api.Reply consume(String body) {
        return api.post(CONSUME, tenant.userToken(), body, "Idempotency-Key", "k-" + body.hashCode());
    }

    private Api.Reply consumeWith(String token) {
        return api.post(CONSUME, token, "{\"quantity\":1}", "Idempotency-Key", "k-token");
    }

    private JwtClaims claims() {
        return tokens().claims(
                        "user@" + tenant.code(), tenant.code(), List.of(Roles.TENANT_USER), Duration.ofMinutes(5));
    }

    private static DevTokenIssuer tokens() {
        return ItEnvironment.tokens();
    }
}
