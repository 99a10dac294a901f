package io.andes.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTypeTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource({
        "401, UNAUTHENTICATED",
        "403, FORBIDDEN",
        "404, NOT_FOUND",
        "405, METHOD_NOT_ALLOWED",
        "406, NOT_ACCEPTABLE",
        "409, CONFLICT",
        "413, PAYLOAD_TOO_LARGE",
        "415, UNSUPPORTED_MEDIA_TYPE",
        "500, INTERNAL",
        "502, INTERNAL",
        "503, SERVICE_UNAVAILABLE",
    })
    void runtimeStatusMapsToItsProblemType(int status, ProblemType expected) {
        assertThat(ProblemType.forStatus(status)).isEqualTo(expected);
    }

    @Test
    void badRequestMapsToAGeneral400TypeNotToTheIdempotencyKeyOne() {
        ProblemType type = ProblemType.forStatus(400);

        assertThat(type.status()).isEqualTo(400);
        assertThat(type).isNotEqualTo(ProblemType.MISSING_IDEMPOTENCY_KEY);
    }

    @Test
    void conflictMapsToTheGeneralConflictNotToQuotaExceeded() {
        assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.CONFLICT).isNotEqualTo(ProblemType.QUOTA_EXCEEDED);
    }

    @ParameterizedTest
    @ValueSource(ints = {402, 408, 418, 429, 451})
    void unknownClientErrorMapsToA400Type(int status) {
        assertThat(ProblemType.forStatus(status).status()).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyStatusInUseMapsToATypeWithThatStatus(ProblemType type) {
        assertThat(ProblemType.forStatus(type.status()).status()).isEqualTo(type.status());
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyTypeUriIsUnderProblems(ProblemType type) {
        assertThat(type.uri()).startsWith("/problems/").hasSizeGreaterThan("/problems/".length());
        assertThat(type.uri()).matches("/problems/[a-z]+(-[a-z]+)*");
    }

    @Test
    void everyTypeHasItsOwnUri() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyTypeHasATitleInSpanishAndInEnglish(ProblemType type) {
        assertThat(type.title(false)).isNotBlank();
        assertThat(type.title(true)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(
            value = ProblemType.class,
            names = {"UNAUTHENTICATED", "FORBIDDEN", "TENANT_NOT_ACTIVE", "NOT_FOUND"})
    void accessAndNotFoundTitlesAreTranslated(ProblemType type) {
        assertThat(type.title(false)).isNotEqualTo(type.title(true));
    }
}
