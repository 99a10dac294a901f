package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.app.dev.SyntheticTaxIds;
import io.andes.core.domain.tenant.Country;
import io.andes.core.security.Roles;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Creates tenants through the staff API, each with fresh valid identifiers, and tokens for their people. */
public final class TestTenants {

    private TestTenants() {}

    /** A tenant of the test run and tokens of its admin and of a plain user. */
    public record TestTenant(String code, String adminToken, String userToken) {}

    public static String staffToken(String role) {
        return ItEnvironment.tokens().token(role + "@andes.test", null, List.of(role), Duration.ofHours(1));
    }

    public static TestTenant create(Api api, String prefix, String plan) {
        String code =
                prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Api.Reply created = api.post(
                "/api/v1/tenants",
                staffToken(Roles.PLATFORM_ADMIN),
                """
                {"code":"%s","legalName":"%s SpA","country":"CL","taxId":"%s","plan":"%s"}"""
                        .formatted(code, code, randomRut(), plan));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var tokens = ItEnvironment.tokens();
        return new TestTenant(
                code,
                tokens.token("admin@" + code, code, List.of(Roles.TENANT_ADMIN), Duration.ofHours(1)),
                tokens.token("user@" + code, code, List.of(Roles.TENANT_USER), Duration.ofHours(1)));
    }

    /** A valid Chilean RUT with a random body. */
    public static String randomRut() {
        return SyntheticTaxIds.withCheckDigit(
                Country.CL, ThreadLocalRandom.current().nextInt(1_000_000, 99_999_999));
    }
}
