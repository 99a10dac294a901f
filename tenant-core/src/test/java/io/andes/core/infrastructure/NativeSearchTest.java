package io.andes.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeSearchTest {

    @Test
    void bindsEveryPlaceholderOfOneConditionToItsValue() {
        var search = new NativeSearch().and("(a LIKE ? OR b LIKE ?)", "%x%").and("c = ?", null);

        assertThat(search.where()).isEqualTo(" WHERE 1 = 1 AND (a LIKE ?1 OR b LIKE ?2)");
    }

    @Test
    void alternativesAreJoinedWithOrAndBoundInOrder() {
        var search = new NativeSearch()
                .and("s = ?", "P")
                .andAny(List.of(
                        new NativeSearch.Alternative("z = ? AND d < ?", List.of("America/Santiago", "2026-05-01")),
                        new NativeSearch.Alternative("z = ? AND d < ?", List.of("UTC", "2026-05-02"))));

        assertThat(search.where())
                .isEqualTo(" WHERE 1 = 1 AND s = ?1 AND ((z = ?2 AND d < ?3) OR (z = ?4 AND d < ?5))");
    }

    @Test
    void noAlternativeMatchesNothing() {
        assertThat(new NativeSearch().andAny(List.of()).where()).isEqualTo(" WHERE 1 = 1 AND 1 = 0");
    }

    @Test
    void anAlternativeNeedsOneValuePerPlaceholder() {
        assertThatThrownBy(() -> new NativeSearch.Alternative("z = ? AND d < ?", List.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NativeSearch.Alternative("z = ?", List.of("UTC", "2026-05-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
