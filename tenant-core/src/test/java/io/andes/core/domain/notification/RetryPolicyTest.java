package io.andes.core.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private final RetryPolicy noJitter = new RetryPolicy(12, () -> 0.0);

    @ParameterizedTest
    @CsvSource({"1, 5", "2, 10", "3, 20", "4, 40", "5, 80", "8, 640", "10, 2560"})
    void pausesDoubleFromFiveSeconds(int failures, long seconds) {
        assertThat(noJitter.pauseAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 12, 30, 64, 1000, Integer.MAX_VALUE})
    void pausesNeverExceedAnHourNorOverflow(int failures) {
        assertThat(noJitter.pauseAfter(failures)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterShortensAPauseByAtMostATenth() {
        RetryPolicy almostFullJitter = new RetryPolicy(12, () -> 0.999_999);
        RetryPolicy halfJitter = new RetryPolicy(12, () -> 0.5);

        assertThat(almostFullJitter.pauseAfter(3)).isBetween(Duration.ofMillis(18_000), Duration.ofSeconds(20));
        assertThat(halfJitter.pauseAfter(3)).isEqualTo(Duration.ofMillis(19_000));
        assertThat(almostFullJitter.pauseAfter(20)).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void givesUpAfterTheLastAllowedAttempt() {
        RetryPolicy three = new RetryPolicy(3, () -> 0.0);

        assertThat(three.exhausted(2)).isFalse();
        assertThat(three.exhausted(3)).isTrue();
        assertThat(three.exhausted(4)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void needsAtLeastOneAttempt(int maxAttempts) {
        assertThatThrownBy(() -> new RetryPolicy(maxAttempts, () -> 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("andes.outbox.max-attempts");
    }
}
