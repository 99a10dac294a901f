package io.andes.ticketing.domain.request;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.ticketing.domain.catalog.FieldValue;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.ticket.TicketContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
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

    @Column(name = "field_values")
    private String fieldValues;

    protected RequestItem() {}

    /**
     * The {@code order}-th item of {@code request}; the description is checked like a ticket's, the field values were
     * accepted by the category's fields.
     */
    public RequestItem(
            ServiceRequest request, TicketCategory category, String description, List<FieldValue> fields, int order) {
        this.id = UUID.randomUUID().toString();
        this.requestId = request.id();
        this.categoryId = category.id();
        this.description = TicketContent.required(
                "description", description, TicketContent.DESCRIPTION_MAX, "la descripción", "the description");
        this.position = order;
        this.fieldValues = fields.isEmpty() ? null : ItemFieldValues.encode(fields);
    }

    /** The field values as filled in, key to value, to be accepted again when the request is sent. */
    public Map<String, String> fieldValues() {
        return ItemFieldValues.decode(fieldValues);
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
