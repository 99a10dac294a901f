package io.andes.ticketing.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import org.junit.jupiter.api.Test;

class TicketContentTest {

    @Test
    void textIsKeptAsTypedOnlyTrimmed() {
        TicketContent content = new TicketContent("  <script>alert(1)</script>  ", "línea 1\nlínea 2", null);

        assertThat(content.subject()).isEqualTo("<script>alert(1)</script>");
        assertThat(content.description()).isEqualTo("línea 1\nlínea 2");
        assertThat(content.contactPhone()).isNull();
    }

    @Test
    void blankOrTooLongTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new TicketContent(" ", "x", null))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).extensions().toString())
                        .contains("subject"));
        assertThatThrownBy(() -> new TicketContent("x".repeat(201), "x", null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new TicketContent("x", "x".repeat(20_001), null))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).extensions().toString())
                        .contains("description"));
    }

    @Test
    void phonesMustBeInternational() {
        assertThat(new TicketContent("a", "b", "+57 (601) 555-1234").contactPhone())
                .isEqualTo("+576015551234");
        assertThatThrownBy(() -> new TicketContent("a", "b", "912345678")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new TicketContent("a", "b", "+56 9 abc")).isInstanceOf(ProblemException.class);
    }
}
