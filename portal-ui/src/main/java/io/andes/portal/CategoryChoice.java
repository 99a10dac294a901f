package io.andes.portal;

import io.andes.ticketing.api.TicketViews;
import java.io.Serializable;
import java.util.List;

/**
 * A category as the portal offers it: its id, its own name, its whole path, whether a ticket can go there and, for a
 * leaf, the extra fields a ticket there asks for.
 */
public record CategoryChoice(long id, String name, String path, boolean leaf, List<FieldChoice> fields)
        implements Serializable {

    static CategoryChoice of(TicketViews.Category category) {
        List<TicketViews.Field> fields = category.fields() == null ? List.of() : category.fields();
        return new CategoryChoice(
                category.id(),
                category.name(),
                category.path(),
                category.leaf(),
                fields.stream().map(FieldChoice::of).toList());
    }

    /** A field to fill: key, label, type (TEXT, NUMBER, DATE, CHOICE), the options of a choice, whether required. */
    public record FieldChoice(String key, String label, String type, List<String> options, boolean required)
            implements Serializable {

        static FieldChoice of(TicketViews.Field field) {
            return new FieldChoice(
                    field.key(), field.label(), field.type(), List.copyOf(field.options()), field.required());
        }
    }
}
