package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPlansTest {

    @Test
    void onlyTheApplicationsTicketStatementsArePlanned() {
        assertThat(QueryPlans.isTicketStatement("SELECT COUNT(ID) FROM ticket WHERE (TENANT_ID = 'a')"))
                .isTrue();
        assertThat(QueryPlans.isTicketStatement("INSERT INTO ticket_status_change (id) VALUES ('x')"))
                .isTrue();
        assertThat(QueryPlans.isTicketStatement("SET autocommit=0")).isFalse();
        assertThat(QueryPlans.isTicketStatement("SELECT * FROM tenant WHERE id = 'a'"))
                .isFalse();
        assertThat(QueryPlans.isTicketStatement("TRUNCATE TABLE mysql.general_log"))
                .isFalse();
    }

    @Test
    void everyStatementOfATicketOpeningIsPlanned() {
        assertThat(List.of(
                        "SELECT NUMBER, SUBJECT, CATEGORY_ID FROM ticket WHERE ((TENANT_ID = 'a') AND (STATUS IN"
                                + " ('NUEVO','ABIERTO','EN_ESPERA_CLIENTE'))) ORDER BY UPDATED_AT DESC LIMIT 0, 200",
                        "SELECT QUEUE_CODE, USERNAME, LAST_ASSIGNED_AT FROM queue_agent WHERE (QUEUE_CODE = 'tecnica')"
                                + " ORDER BY USERNAME FOR UPDATE",
                        "SELECT ID, ACTIVE, CREATED_AT FROM webhook_endpoint WHERE (TENANT_ID = 'a')",
                        "INSERT INTO sla_event (ID, DETAIL, KIND, OCCURRED_AT, TENANT_ID) VALUES ('x', 'y', 'z', 1, 'a')",
                        TicketRows.NEXT_NUMBER,
                        TicketRows.INSERT_TICKET,
                        TicketRows.INSERT_STATUS,
                        TicketRows.INSERT_SLA_EVENT,
                        TicketCreationAsApp.LOCK_AGENTS,
                        TicketCreationAsApp.WEBHOOKS))
                .allMatch(QueryPlans::isTicketStatement);
    }

    @Test
    void statementsDifferingOnlyInTheirLiteralsShareAShape() {
        String first = "SELECT id FROM ticket_category WHERE (id = 104)";
        String second = "SELECT id FROM ticket_category WHERE (id = 211)";
        assertThat(QueryPlans.shape(first)).isEqualTo(QueryPlans.shape(second));
        assertThat(QueryPlans.shape("SELECT a2 FROM ticket WHERE (tenant_id = 'bench-0001') LIMIT 0, 20"))
                .isEqualTo("SELECT a2 FROM ticket WHERE (tenant_id = ?) LIMIT ?, ?");
        assertThat(QueryPlans.shape("SELECT 1 FROM t WHERE s = 'it\\'s'")).isEqualTo("SELECT ? FROM t WHERE s = ?");
    }
}
