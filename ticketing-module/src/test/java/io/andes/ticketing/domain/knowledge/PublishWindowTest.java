package io.andes.ticketing.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishWindowTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant END = Instant.parse("2026-03-31T12:00:00Z");

    @Test
    void openFromTheStartInclusiveUntilTheEndExclusive() {
        PublishWindow window = new PublishWindow(START, END);

        assertThat(window.isOpenAt(START.minusNanos(1000))).isFalse();
        assertThat(window.isOpenAt(START)).isTrue();
        assertThat(window.isOpenAt(END.minusSeconds(1))).isTrue();
        assertThat(window.isOpenAt(END)).isFalse();
    }

    @Test
    void withoutAnEndItStaysOpen() {
        assertThat(new PublishWindow(START, null).isOpenAt(START.plusSeconds(86_400L * 3650)))
                .isTrue();
    }

    @Test
    void aDraftIsNeverOpen() {
        PublishWindow draft = PublishWindow.draft();

        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.isOpenAt(START)).isFalse();
    }

    @Test
    void aWindowEndingBeforeOrWhenItStartsIsRefused() {
        assertThat(PublishWindow.isValid(END, START)).isFalse();
        assertThat(PublishWindow.isValid(START, START)).isFalse();
        assertThat(PublishWindow.isValid(START, END)).isTrue();
        assertThat(PublishWindow.isValid(null, END)).isTrue();
        assertThatThrownBy(() -> new PublishWindow(END, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
