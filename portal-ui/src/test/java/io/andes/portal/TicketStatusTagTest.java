package io.andes.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.ticketing.domain.ticket.TicketStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TicketStatusTagTest {

    private final TicketStatusTag tag = new TicketStatusTag();

    @Test
    void waitingOnTheCustomerStandsOut() {
        assertThat(tag.severity("EN_ESPERA_CLIENTE")).isEqualTo("warning");
        assertThat(tag.severity("RESUELTO")).isEqualTo("success");
    }

    @Test
    void everyStatusHasASeverityAndUnknownOnesLookNeutral() {
        Arrays.stream(TicketStatus.values())
                .forEach(status -> assertThat(tag.severity(status.name())).isNotBlank());
        assertThat(tag.severity(null)).isEqualTo("secondary");
        assertThat(tag.severity("OTRO")).isEqualTo("secondary");
    }

    @Test
    void finishedMatchesTheDomain() {
        Arrays.stream(TicketStatus.values()).forEach(status -> assertThat(TicketStatusTag.finished(status.name()))
                .as(status.name())
                .isEqualTo(status.isFinished()));
    }
}
