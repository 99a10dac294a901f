package io.andes.ticketing.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Comparator;

/**
 * A node of a service's category tree (área → ítem → problema, of any depth). Tickets are opened on leaves; the leaf's
 * queue is where the ticket goes, and its kind sends claims and cancellations to the administrative area.
 */
@Entity
@Table(name = "ticket_category")
public class TicketCategory {

    public static final String SUPPORT = "SUPPORT";
    public static final String CLAIM = "CLAIM";
    public static final String CANCELLATION = "CANCELLATION";

    /** Siblings in display order: their place, then their id. */
    public static final Comparator<TicketCategory> DISPLAY_ORDER =
            Comparator.comparingInt(TicketCategory::sortOrder).thenComparingLong(TicketCategory::id);

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "queue_code", nullable = false)
    private String queueCode;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected TicketCategory() {}

    /** A new active category of {@code serviceCode} under {@code parentId} (a root when null), last among siblings. */
    public TicketCategory(
            long id, String serviceCode, Long parentId, CatalogNames names, String kind, String queue, int sortOrder) {
        this.id = id;
        this.serviceCode = serviceCode;
        this.parentId = parentId;
        this.kind = kind;
        this.queueCode = queue;
        this.active = true;
        this.sortOrder = sortOrder;
        rename(names);
    }

    public void rename(CatalogNames names) {
        this.nameEs = names.es();
        this.nameEn = names.en();
    }

    /** Moves the category (with its subtree) under {@code newParent}; the caller checked it makes no cycle. */
    public void moveUnder(Long newParent, int newSortOrder) {
        this.parentId = newParent;
        this.sortOrder = newSortOrder;
    }

    /** No new tickets here from now on; tickets already opened keep it. */
    public void deactivate() {
        this.active = false;
    }

    /** Offers the category again (its parent must be active: see the catalog administration). */
    public void reactivate() {
        this.active = true;
    }

    public long id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public Long parentId() {
        return parentId;
    }

    public String name(boolean english) {
        return english ? nameEn : nameEs;
    }

    public String kind() {
        return kind;
    }

    /** A routing rule: tickets opened on this category from now on go to {@code queue}. */
    public void routeTo(String queue) {
        this.queueCode = queue;
    }

    public String queueCode() {
        return queueCode;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
