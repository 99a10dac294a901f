package io.andes.ticketing.domain.catalog;

/** A value a ticket was opened with, under its field's labels as they were then; {@code order} is its place. */
public record FieldValue(String key, String labelEs, String labelEn, FieldType type, String value, int order) {

    public String label(boolean english) {
        return english ? labelEn : labelEs;
    }
}
