package io.andes.ticketing.domain.request;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.ticket.TicketContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One item ("requerimiento") of a request: a final category of the request's service, what happens, photos. */
@Entity
@Table(name = "service_request_item")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class RequestItem {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "item_order", nullable = false)
    private int position;

    @Column(name = "photo_count", nullable = false)
    private int photoCount;

    protected RequestItem() {}

    /** The {@code order}-th item of {@code request}; the description is checked like a ticket's. */
    public RequestItem(ServiceRequest request, TicketCategory category, String description, int order) {
        this.id = UUID.randomUUID().toString();
        this.requestId = request.id();
        this.categoryId = category.id();
        this.description = TicketContent.required(
                "description", description, TicketContent.DESCRIPTION_MAX, "la descripción", "the description");
        this.position = order;
    }

    /** Counts photos added; the caller checks the limit first. */
    public void photographed(int photos) {
        photoCount += photos;
    }

    public String id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public long categoryId() {
        return categoryId;
    }

    public String description() {
        return description;
    }

    public int order() {
        return position;
    }

    public int photoCount() {
        return photoCount;
    }
}
