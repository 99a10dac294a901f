package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** What every refused call must look like: the status, RFC 9457 problem+json, its type, and a detail in words. */
final class Problems {

    private Problems() {}

    static void assertProblem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.get("type")).as(reply.toString()).isEqualTo(Json.createValue(type));
        assertThat(problem.get("status")).as(reply.toString()).isEqualTo(Json.createValue(status));
        assertThat(problem.getString("title")).as(reply.toString()).isNotBlank();
        assertThat(problem.getString("detail"))
                .as(reply.toString())
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
