package io.andes.ticketing.domain.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The vendor's services and category trees, the same for every tenant. What it returns, but for
 * {@link #categoryToChange}, may be a few seconds old and must not be changed.
 */
public interface TicketCatalog {

    List<SupportService> services();

    /** Every active category of every active service, in display order. */
    List<TicketCategory> categories();

    Optional<TicketCategory> category(long id);

    /**
     * The active category as stored, to be changed in the caller's transaction; the catalog other readers see is
     * refreshed once that transaction ends.
     */
    Optional<TicketCategory> categoryToChange(long id);

    Optional<SupportService> service(String code);

    /** Whether a category has active children (tickets are opened on leaves only). */
    boolean hasChildren(long id);

    /** The fields a ticket on the category asks for: its ancestors' first, then its own. */
    CategoryFields fields(long categoryId);
}
