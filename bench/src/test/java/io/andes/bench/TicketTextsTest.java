package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TicketTextsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private static List<TicketTexts.HistoryTicket> history(long seed, int count) {
        TicketTexts texts = new TicketTexts(new Random(seed));
        return IntStream.range(0, count).mapToObj(i -> texts.historyTicket(NOW)).toList();
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(history(7, 50)).isEqualTo(history(7, 50));
    }

    @Test
    void contentFitsTheApplicationsLimits() {
        TicketTexts texts = new TicketTexts(new Random(1));
        for (int i = 0; i < 1_000; i++) {
            TicketTexts.Content content = texts.content();
            assertThat(content.subject()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(content.description()).isNotBlank().hasSizeLessThanOrEqualTo(20_000);
            assertThat(TicketTexts.LEAVES).contains(content.leaf());
        }
    }

    @Test
    void roughlyOneSubjectInTenHoldsTheSearchWord() {
        long matching = history(3, 10_000).stream()
                .filter(t -> t.content().subject().toLowerCase(Locale.ROOT).contains(TicketTexts.SEARCH_WORD))
                .count();
        assertThat(matching).isBetween(700L, 1_300L);
    }

    @Test
    void datesLieWithinTheLastYearInOrder() {
        for (TicketTexts.HistoryTicket ticket : history(5, 2_000)) {
            assertThat(ticket.createdAt()).isAfterOrEqualTo(NOW.minus(TicketTexts.HISTORY_SPAN));
            assertThat(ticket.updatedAt()).isAfterOrEqualTo(ticket.createdAt()).isBeforeOrEqualTo(NOW);
        }
    }

    @Test
    void everyStatusOccursAndOnlyFinishedTicketsCarryAFinishingTime() {
        List<TicketTexts.HistoryTicket> history = history(11, 5_000);
        assertThat(history.stream().map(TicketTexts.HistoryTicket::status).distinct())
                .containsExactlyInAnyOrderElementsOf(TicketRoutes.STATUSES);
        for (TicketTexts.HistoryTicket ticket : history) {
            boolean finished =
                    ticket.status().equals("RESUELTO") || ticket.status().equals("CERRADO");
            assertThat(ticket.finishedAt()).isEqualTo(finished ? ticket.updatedAt() : null);
        }
    }
}
