package io.andes.core.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PollIntervalTest {

    @ParameterizedTest
    @CsvSource({"2s, 2000", "1S, 1000", "500ms, 500", "' 3 ', 3000", "1m, 60000", "PT2S, 2000", "pt0.5s, 500"})
    void readsTheUsualSpellings(String text, long millis) {
        assertThat(PollInterval.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "fast", "2 hours", "-1s", "50ms", "11m", "PT1H"})
    void refusesWhatIsNoIntervalOrOutOfRange(String text) {
        assertThatThrownBy(() -> PollInterval.parse(text))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("andes.outbox.poll-interval");
    }
}
