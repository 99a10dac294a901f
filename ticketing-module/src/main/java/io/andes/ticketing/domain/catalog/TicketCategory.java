package io.andes.ticketing.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
