package io.andes.ticketing.domain.ticket;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PessimisticLock;
import org.eclipse.persistence.config.QueryHints;

/** The last number a tenant used for one kind of filing (tickets, requests, PQRS); taken under a row lock. */
@Entity
@Table(name = "ticket_counter")
@NamedQuery(
        name = TicketCounter.LOCK_BY_KIND,
        query = "SELECT c FROM TicketCounter c WHERE c.kind = :kind",
        hints = @QueryHint(name = QueryHints.PESSIMISTIC_LOCK, value = PessimisticLock.Lock))
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TicketCounter {

    /** The counter row locked, named with its lock so that EclipseLink prepares it once (see {@code CounterRows}). */
    public static final String LOCK_BY_KIND = "TicketCounter.lockByKind";

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
