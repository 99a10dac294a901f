package io.andes.ticketing.domain.ticket;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.ticketing.domain.catalog.FieldType;
import io.andes.ticketing.domain.catalog.FieldValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A category field's value as a ticket was opened with it; the labels are kept as they were then. */
@Entity
@Table(name = "ticket_field_value")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TicketFieldValue {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", length = 36, nullable = false)
    private String ticketId;

    @Column(name = "field_key", length = 40)
    private String key;

    @Column(name = "label_es", nullable = false)
    private String labelEs;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "field_type", nullable = false)
    private String type;

    @Column(name = "field_value", nullable = false)
    private String value;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected TicketFieldValue() {}

    public TicketFieldValue(Ticket ticket, FieldValue value) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticket.id();
        this.key = value.key();
        this.labelEs = value.labelEs();
        this.labelEn = value.labelEn();
        this.type = value.type().name();
        this.value = value.value();
        this.sortOrder = value.order();
    }

    public FieldValue toValue() {
        return new FieldValue(key, labelEs, labelEn, FieldType.valueOf(type), value, sortOrder);
    }
}
