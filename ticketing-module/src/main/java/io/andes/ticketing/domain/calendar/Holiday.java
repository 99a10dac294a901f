package io.andes.ticketing.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A national holiday as observed, i.e. on the date it is actually taken after any move to a Monday. */
public record Holiday(LocalDate date, String spanishName, String englishName) {

    public Holiday {
        Objects.requireNonNull(date);
        Objects.requireNonNull(spanishName);
        Objects.requireNonNull(englishName);
    }

    public String name(boolean english) {
        return english ? englishName : spanishName;
    }
}
