package io.andes.ticketing.domain.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tree: 1 → 2 → 3, and 1 → 4; 5 is another root. */
class CategoryMovesTest {

    private static final Map<Long, Long> PARENTS = new HashMap<>();

    static {
        PARENTS.put(1L, null);
        PARENTS.put(2L, 1L);
        PARENTS.put(3L, 2L);
        PARENTS.put(4L, 1L);
        PARENTS.put(5L, null);
    }

    @Test
    void aCategoryMayMoveUnderAnotherBranchOrToTheTop() {
        assertThatCode(() -> move(2, 4L)).doesNotThrowAnyException();
        assertThatCode(() -> move(3, 5L)).doesNotThrowAnyException();
        assertThatCode(() -> move(3, null)).doesNotThrowAnyException();
        assertThatCode(() -> move(1, 5L)).doesNotThrowAnyException();
    }

    @Test
    void aCategoryCannotMoveUnderItself() {
        assertThatThrownBy(() -> move(2, 2L)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aCategoryCannotMoveUnderItsChildOrAnyDeeperDescendant() {
        assertThatThrownBy(() -> move(2, 3L)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> move(1, 3L))
                .isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).extensions().get("errors"))
                .asString()
                .contains("parentId");
    }

    @Test
    void aCycleAlreadyInTheDataDoesNotHang() {
        Map<Long, Long> looped = Map.of(7L, 8L, 8L, 7L);
        assertThatThrownBy(() -> CategoryMoves.requireNoCycle(9, 7L, looped::get))
                .isInstanceOf(ProblemException.class);
    }

    private static void move(long moving, Long under) {
        CategoryMoves.requireNoCycle(moving, under, PARENTS::get);
    }
}
