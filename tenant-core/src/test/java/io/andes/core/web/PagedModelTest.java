package io.andes.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedModelTest {

    private final List<PageRequest> asked = new ArrayList<>();

    private PagedModel<String> model(long total) {
        return new PagedModel<>(
                request -> {
                    asked.add(request);
                    return new Page<>(List.of("a", "b"), request.page(), request.size(), total);
                },
                row -> row);
    }

    @Test
    void tableRowsBecomeThePageOfTheUseCase() {
        var model = model(45);

        assertThat(model.load(40, 20, Map.of(), Map.of())).containsExactly("a", "b");
        assertThat(asked).containsExactly(new PageRequest(2, 20));
    }

    @Test
    void countIsTheTotalOfTheLastPageWithoutAskingAgain() {
        var model = model(45);
        model.load(0, 20, Map.of(), Map.of());

        assertThat(model.count(Map.of())).isEqualTo(45);
        assertThat(model.getRowCount()).isEqualTo(45);
        assertThat(asked).hasSize(1);
    }

    @Test
    void pageSizeStaysWithinWhatTheUseCasesAccept() {
        var model = model(1000);

        model.load(0, 0, Map.of(), Map.of());
        model.load(0, 500, Map.of(), Map.of());

        assertThat(asked).containsExactly(new PageRequest(0, 1), new PageRequest(0, PageRequest.MAX_SIZE));
    }

    @Test
    void rowKeyComesFromTheRow() {
        assertThat(model(0).getRowKey("acme")).isEqualTo("acme");
    }
}
