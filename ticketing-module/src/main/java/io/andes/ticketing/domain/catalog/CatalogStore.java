package io.andes.ticketing.domain.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalog as its administrators change it: every service, category and queue, active or not, read as stored and
 * changed in the caller's transaction. Whoever asks for something to change makes every reader of {@link TicketCatalog}
 * see the catalog anew once that transaction ends.
 */
public interface CatalogStore {

    /** Every service, active or not, in display order. */
    List<SupportService> services();

    Optional<SupportService> serviceToChange(String code);

    void add(SupportService service);

    /** Every category, active or not, in display order. */
    List<TicketCategory> categories();

    Optional<TicketCategory> categoryToChange(long id);

    /** The id a new category takes. */
    long nextCategoryId();

    /** The next place among the children of {@code parentId} (the roots of the service when null). */
    int nextSortOrder(String serviceCode, Long parentId);

    void add(TicketCategory category);

    /** Every field of every category, by category and order. */
    List<CategoryField> fields();

    Optional<CategoryField> fieldToChange(long categoryId, String key);

    void add(CategoryField field);

    void remove(CategoryField field);

    List<SupportQueue> queues();

    Optional<SupportQueue> queueToChange(String code);

    void add(SupportQueue queue);
}
