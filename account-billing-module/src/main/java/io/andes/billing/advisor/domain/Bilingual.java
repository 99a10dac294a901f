package io.andes.billing.advisor.domain;

import io.andes.core.problem.ProblemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum value with a Spanish and an English label, read from what a client typed. */
public interface Bilingual {

    String name();

    String label(boolean english);

    /** The constant a client named (case and blanks forgiven); anything else is a 400 on {@code field}. */
    static <E extends Enum<E> & Bilingual> E parse(Class<E> type, String field, String raw) {
        String name = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw ProblemException.invalidField(
                field,
                "debe ser uno de " + choices,
                "El valor de " + field + " debe ser uno de " + choices + ".",
                "The value of " + field + " must be one of " + choices + ".");
    }
}
