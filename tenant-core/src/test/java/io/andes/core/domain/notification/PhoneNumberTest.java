package io.andes.core.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "+56912345678, +56912345678",
        "'+56 9 1234 5678', +56912345678",
        "+57 (300) 123-4567, +573001234567",
        "+52.55.1234.5678, +525512345678",
        "+12345678, +12345678",
        "+123456789012345, +123456789012345"
    })
    void acceptsE164AfterDroppingSeparators(String typed, String stored) {
        assertThat(new PhoneNumber(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "56912345678", // no +
                "+1234567", // 7 digits
                "+1234567890123456", // 16 digits
                "+0912345678", // country code cannot start with 0
                "+56 9 1234 567a",
                "++56912345678",
                "+56-9-1234-5678-9999-1"
            })
    void refusesWhatIsNotE164(String typed) {
        assertThatThrownBy(() -> new PhoneNumber(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maskedShowsOnlyTheLastFourDigits() {
        assertThat(new PhoneNumber("+56912345678").masked()).isEqualTo("+*******5678");
        assertThat(new PhoneNumber("+12345678").masked()).isEqualTo("+****5678");
    }

    @Test
    void maskedNeverContainsTheHiddenDigits() {
        String masked = new PhoneNumber("+573001234567").masked();
        assertThat(masked)
                .doesNotContain("300")
                .hasSize("+573001234567".length())
                .endsWith("4567");
    }
}
