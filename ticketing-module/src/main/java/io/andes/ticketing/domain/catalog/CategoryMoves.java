package io.andes.ticketing.domain.catalog;

import io.andes.core.problem.ProblemException;
import java.util.function.LongFunction;

/** The rule of moving a category: within its service, and never under itself or one of its own descendants. */
public final class CategoryMoves {

    private static final int DEPTH_MAX = 50;

    private CategoryMoves() {}

    /**
     * Refuses (400 on {@code parentId}) a move of {@code moving} under {@code newParent} that would make a cycle; {@code parentOf} gives a
     * category's parent id, or {@code null} for a root.
     */
    public static void requireNoCycle(long moving, Long newParent, LongFunction<Long> parentOf) {
        Long at = newParent;
        for (int depth = 0; at != null; depth++) {
            if (at == moving || depth > DEPTH_MAX) {
                throw ProblemException.invalidField(
                        "parentId",
                        "no puede ser la misma categoría ni una de sus subcategorías",
                        "Una categoría no puede quedar bajo sí misma ni bajo una de sus subcategorías.",
                        "A category cannot go under itself or under one of its own subcategories.");
            }
            at = parentOf.apply(at);
        }
    }
}
