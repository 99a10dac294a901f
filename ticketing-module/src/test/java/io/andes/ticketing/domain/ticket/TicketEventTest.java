package io.andes.ticketing.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole transition table, every event from every status: "-" means refused. */
class TicketEventTest {

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource({
        "AGENT_REPLIED, NUEVO, ABIERTO",
        "AGENT_REPLIED, ABIERTO, ABIERTO",
        "AGENT_REPLIED, EN_ESPERA_CLIENTE, EN_ESPERA_CLIENTE",
        "AGENT_REPLIED, RESUELTO, -",
        "AGENT_REPLIED, CERRADO, -",
        "AGENT_ASKED_CUSTOMER, NUEVO, EN_ESPERA_CLIENTE",
        "AGENT_ASKED_CUSTOMER, ABIERTO, EN_ESPERA_CLIENTE",
        "AGENT_ASKED_CUSTOMER, EN_ESPERA_CLIENTE, EN_ESPERA_CLIENTE",
        "AGENT_ASKED_CUSTOMER, RESUELTO, -",
        "AGENT_ASKED_CUSTOMER, CERRADO, -",
        "CUSTOMER_REPLIED, NUEVO, NUEVO",
        "CUSTOMER_REPLIED, ABIERTO, ABIERTO",
        "CUSTOMER_REPLIED, EN_ESPERA_CLIENTE, ABIERTO",
        "CUSTOMER_REPLIED, RESUELTO, -",
        "CUSTOMER_REPLIED, CERRADO, -",
        "RESOLVED, NUEVO, RESUELTO",
        "RESOLVED, ABIERTO, RESUELTO",
        "RESOLVED, EN_ESPERA_CLIENTE, RESUELTO",
        "RESOLVED, RESUELTO, -",
        "RESOLVED, CERRADO, -",
        "REQUESTER_CLOSED, NUEVO, CERRADO",
        "REQUESTER_CLOSED, ABIERTO, CERRADO",
        "REQUESTER_CLOSED, EN_ESPERA_CLIENTE, CERRADO",
        "REQUESTER_CLOSED, RESUELTO, CERRADO",
        "REQUESTER_CLOSED, CERRADO, -",
        "AUTO_CLOSED, NUEVO, -",
        "AUTO_CLOSED, ABIERTO, -",
        "AUTO_CLOSED, EN_ESPERA_CLIENTE, -",
        "AUTO_CLOSED, RESUELTO, CERRADO",
        "AUTO_CLOSED, CERRADO, -",
        "REOPENED, NUEVO, -",
        "REOPENED, ABIERTO, -",
        "REOPENED, EN_ESPERA_CLIENTE, -",
        "REOPENED, RESUELTO, ABIERTO",
        "REOPENED, CERRADO, ABIERTO",
        "MERGED, NUEVO, CERRADO",
        "MERGED, ABIERTO, CERRADO",
        "MERGED, EN_ESPERA_CLIENTE, CERRADO",
        "MERGED, RESUELTO, CERRADO",
        "MERGED, CERRADO, -"
    })
    void everyEventLeadsFromEachStatusExactlyWhereTheTableSays(TicketEvent event, TicketStatus from, String to) {
        Optional<TicketStatus> expected = to.equals("-") ? Optional.empty() : Optional.of(TicketStatus.valueOf(to));

        assertThat(event.next(from)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"NUEVO, false", "ABIERTO, false", "EN_ESPERA_CLIENTE, false", "RESUELTO, true", "CERRADO, true"})
    void onlySolvedAndClosedTicketsAreFinished(TicketStatus status, boolean finished) {
        assertThat(status.isFinished()).isEqualTo(finished);
    }
}
