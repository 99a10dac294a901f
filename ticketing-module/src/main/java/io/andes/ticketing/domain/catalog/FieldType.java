package io.andes.ticketing.domain.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** What a category field holds; each type turns what the user typed into the value stored, or says why it cannot. */
public enum FieldType {
    TEXT {
        @Override
        Optional<String> refusal(String value, List<String> options) {
            return Optional.empty();
        }
    },
    NUMBER {
        @Override
        Optional<String> refusal(String value, List<String> options) {
            try {
                new BigDecimal(value);
                return Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of("debe ser un número");
            }
        }

        @Override
        String normalized(String value) {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        }
    },
    DATE {
        @Override
        Optional<String> refusal(String value, List<String> options) {
            try {
                LocalDate.parse(value);
                return Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.of("debe ser una fecha AAAA-MM-DD");
            }
        }
    },
    CHOICE {
        @Override
        Optional<String> refusal(String value, List<String> options) {
            return options.contains(value) ? Optional.empty() : Optional.of("no es una de las opciones");
        }
    };

    /** Longest value any field keeps. */
    public static final int VALUE_MAX = 500;

    /** Why {@code value} (stripped, not blank) does not fit this type, in Spanish; empty when it fits. */
    abstract Optional<String> refusal(String value, List<String> options);

    /** The value as stored, once it fits. */
    String normalized(String value) {
        return value;
    }

    /** The type named {@code name}, or empty. */
    public static Optional<FieldType> named(String name) {
        for (FieldType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
