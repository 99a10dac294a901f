package io.andes.portal;

import io.andes.ticketing.api.TicketViews;
import java.io.Serializable;

/** A category as the portal offers it: its id, its own name, its whole path and whether a ticket can go there. */
public record CategoryChoice(long id, String name, String path, boolean leaf) implements Serializable {

    static CategoryChoice of(TicketViews.Category category) {
        return new CategoryChoice(category.id(), category.name(), category.path(), category.leaf());
    }
}
