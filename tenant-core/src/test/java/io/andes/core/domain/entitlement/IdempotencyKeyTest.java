package io.andes.core.domain.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "!",
                "~",
                "0",
                "order-2025-03-10_0001",
                "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                "key:with/slashes+plus=equals?&#%"
            })
    void visibleAsciiKeyIsAcceptedAsIs(String value) {
        assertThat(new IdempotencyKey(value).value()).isEqualTo(value);
    }

    @Test
    void keyOfExactlyOneHundredCharactersIsAccepted() {
        String value = "k".repeat(100);

        assertThat(new IdempotencyKey(value).value()).hasSize(100);
    }

    @Test
    void everyVisibleAsciiCharacterIsAccepted() {
        String allVisible = IntStream.rangeClosed(0x21, 0x7E)
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());

        assertThat(new IdempotencyKey(allVisible).value()).hasSize(94);
    }

    @Test
    void keysWithTheSameTextAreEqual() {
        assertThat(new IdempotencyKey("abc-123")).isEqualTo(new IdempotencyKey("abc-123"));
        assertThat(new IdempotencyKey("abc-123")).isNotEqualTo(new IdempotencyKey("ABC-123"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingKeyIsRefused(String value) {
        assertRefused(value);
    }

    @Test
    void keyOfOneHundredAndOneCharactersIsRefused() {
        assertRefused("k".repeat(101));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "a b", " abc", "abc ", "abc\u00A0def"})
    void keyWithSpacesIsRefused(String value) {
        assertRefused(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc\tdef", "abc\n", "\r\nabc", "a\u0000b", "a\u001Bb", "a\u007Fb"})
    void keyWithControlCharactersIsRefused(String value) {
        assertRefused(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ñ", "clave-ñ", "café", "ｋｅｙ", "key-\u2013-dash", "😀"})
    void keyWithNonAsciiCharactersIsRefused(String value) {
        assertRefused(value);
    }

    private static void assertRefused(String value) {
        assertThatThrownBy(() -> new IdempotencyKey(value))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 100 visible ASCII characters");
    }
}
