package io.andes.ticketing.domain.catalog;

import java.util.List;
import java.util.Optional;

/** The vendor's services and category trees, the same for every tenant. */
public interface TicketCatalog {

    List<SupportService> services();

    /** Every active category of every active service, in display order. */
    List<TicketCategory> categories();

    Optional<TicketCategory> category(long id);

    Optional<SupportService> service(String code);

    /** Whether a category has active children (tickets are opened on leaves only). */
    boolean hasChildren(long id);
}
