package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.security.Roles;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** What RequestsIT and PqrsIT share: the catalog's categories, problem answers, people with mail addresses, mail. */
final class Filings {

    private Filings() {}

    /** A leaf category of {@code service} of the given kind (SUPPORT, CLAIM, CANCELLATION), from the live catalog. */
    static JsonObject leaf(Api api, String token, String service, String kind) {
        return categories(api, token)
                .filter(c -> c.getBoolean("leaf")
                        && kind.equals(c.getString("kind"))
                        && service.equals(c.getString("serviceCode")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " leaf of " + service));
    }

    /** A category of {@code service} that has subcategories (not a place for a ticket). */
    static JsonObject branch(Api api, String token, String service) {
        return categories(api, token)
                .filter(c -> !c.getBoolean("leaf") && service.equals(c.getString("serviceCode")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No branch of " + service));
    }

    private static Stream<JsonObject> categories(Api api, String token) {
        Api.Reply reply = api.get("/api/v1/ticket-catalog", token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("categories").getValuesAs(JsonObject.class).stream();
    }

    /** A tenant user whose sign-in name is a mail address, so that notices reach them. */
    static String personWithMail(String tenantCode, String who) {
        return ItEnvironment.tokens()
                .token(address(tenantCode, who), tenantCode, List.of(Roles.TENANT_USER), Duration.ofHours(1));
    }

    static String address(String tenantCode, String who) {
        return who + "@" + tenantCode + ".example.com";
    }

    static List<JsonObject> items(Api.Reply page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
