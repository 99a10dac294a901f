package io.andes.ticketing.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue's rotation: never given a ticket first, then least recently; each turn moves the agent to the back. */
class QueueAgentTest {

    @Test
    void ticketsGoRoundTheAgentsLeastRecentlyGivenOneFirst() {
        QueueAgent ana = new QueueAgent("tecnica", "ana@andes.dev");
        QueueAgent bruno = new QueueAgent("tecnica", "bruno@andes.dev");
        QueueAgent carla = new QueueAgent("tecnica", "carla@andes.dev");
        bruno.assigned(Instant.parse("2026-10-05T12:00:00Z"));
        List<QueueAgent> agents = List.of(ana, bruno, carla);
        List<String> turns = new ArrayList<>();

        Instant now = Instant.parse("2026-10-06T12:00:00Z");
        for (int i = 0; i < 5; i++) {
            QueueAgent next = agents.stream().min(QueueAgent.NEXT_IN_TURN).orElseThrow();
            next.assigned(now.plusSeconds(i));
            turns.add(next.username());
        }

        assertThat(turns)
                .containsExactly(
                        "ana@andes.dev", "carla@andes.dev", "bruno@andes.dev", "ana@andes.dev", "carla@andes.dev");
    }
}
