package io.andes.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    static String[] validCodes() {
        return new String[] {
            "abc",
            "acme",
            "123",
            "a1b",
            "acme-chile",
            "ferreteria-los-andes-2025",
            "x".repeat(40),
            "a".repeat(19) + "-" + "b".repeat(20),
        };
    }

    static String[] invalidCodes() {
        return new String[] {
            "Acme",
            "ACME",
            "acme-Chile",
            "-acme",
            "acme-",
            "-",
            "---",
            "ab",
            "a",
            "x".repeat(41),
            "acme chile",
            " acme",
            "acme ",
            "acme\n",
            "acme_chile",
            "acme.cl",
            "peñalolén",
            "ａｃｍｅ",
        };
    }

    @ParameterizedTest
    @MethodSource("validCodes")
    void wellFormedCodeIsAccepted(String code) {
        TenantId id = new TenantId(code);

        assertThat(id.value()).isEqualTo(code);
        assertThat(id).hasToString(code);
        assertThat(TenantId.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("invalidCodes")
    @NullAndEmptySource
    void malformedCodeIsRefused(String code) {
        assertThatThrownBy(() -> new TenantId(code)).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(TenantId.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "ab", "abcd", "a-b", "a-", "-a-", "A-b"})
    @MethodSource({"validCodes", "invalidCodes"})
    void isValidAgreesWithTheConstructor(String code) {
        boolean constructs;
        try {
            new TenantId(code);
            constructs = true;
        } catch (IllegalArgumentException e) {
            constructs = false;
        }

        assertThat(TenantId.isValid(code)).isEqualTo(constructs);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 20, 39, 40})
    void codeOfThreeToFortyCharactersIsAccepted(int length) {
        assertThatCode(() -> new TenantId("t".repeat(length))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 41, 100})
    void codeShorterThanThreeOrLongerThanFortyIsRefused(int length) {
        assertThatThrownBy(() -> new TenantId("t".repeat(length))).isInstanceOf(IllegalArgumentException.class);
    }
}
