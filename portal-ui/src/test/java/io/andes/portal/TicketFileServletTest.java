package io.andes.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.ticketing.api.TicketViews;
import org.junit.jupiter.api.Test;

class TicketFileServletTest {

    @Test
    void imagesOpenInThePage() {
        var photo = new TicketViews.FileContent("foto.png", "image/png", new byte[1]);

        assertThat(TicketFileServlet.disposition(photo)).isEqualTo("inline; filename*=UTF-8''foto.png");
    }

    @Test
    void pdfIsDownloadedAndItsNameCannotBreakTheHeader() {
        var pdf = new TicketViews.FileContent("boleta año\r\n\"x\".pdf", "application/pdf", new byte[1]);

        assertThat(TicketFileServlet.disposition(pdf))
                .startsWith("attachment; filename*=UTF-8''boleta%20a%C3%B1o")
                .doesNotContain("\r", "\n", "\"", " a");
    }

    @Test
    void linkEncodesTheParameters() {
        assertThat(TicketFileServlet.link("/app", "T-000001", "a&b"))
                .isEqualTo("/app/portal/archivo?numero=T-000001&id=a%26b");
    }
}
