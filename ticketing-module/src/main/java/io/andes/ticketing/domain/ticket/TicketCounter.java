package io.andes.ticketing.domain.ticket;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The last number a tenant used for one kind of filing (tickets, requests, PQRS); taken under a row lock. */
@Entity
@Table(name = "ticket_counter")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TicketCounter {

    public static final String TICKETS = "TICKET";
    public static final String REQUESTS = "REQUEST";

    /** PQRS numbers restart every year, so each year counts on its own row. */
    public static String pqrs(int year) {
        return "PQRS-" + year;
    }

    @Id
    @Column(name = "kind")
    private String kind;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected TicketCounter() {}

    public TicketCounter(String kind) {
        this.kind = kind;
    }

    public int next() {
        return ++lastValue;
    }
}
