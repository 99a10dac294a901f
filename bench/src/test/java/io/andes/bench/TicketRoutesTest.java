package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicketRoutesTest {

    @Test
    void theOpeningBodyIsJsonWithQuotesAndBackslashesEscaped() {
        TicketTexts.Leaf leaf = new TicketTexts.Leaf(103, "erp", "tecnica", List.of("x"));
        String body = TicketRoutes.body(new TicketTexts.Content(leaf, "Folios \"agotados\"", "ruta C:\\sii"));
        assertThat(body)
                .isEqualTo("{\"serviceCode\":\"erp\",\"categoryId\":103,"
                        + "\"subject\":\"Folios \\\"agotados\\\"\",\"description\":\"ruta C:\\\\sii\"}");
    }
}
