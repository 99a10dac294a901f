package io.andes.billing.advisor.domain;

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

/** The last commercial request number a tenant used; taken under a row lock, so numbers have no gaps or twins. */
@Entity
@Table(name = "commercial_counter")
@NamedQuery(
        name = CommercialCounter.LOCK_BY_KIND,
        query = "SELECT c FROM CommercialCounter c WHERE c.kind = :kind",
        hints = @QueryHint(name = QueryHints.PESSIMISTIC_LOCK, value = PessimisticLock.Lock))
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class CommercialCounter {

    /** The counter row locked, named with its lock so that EclipseLink prepares it once (see {@code CounterRows}). */
    public static final String LOCK_BY_KIND = "CommercialCounter.lockByKind";

    public static final String REQUESTS = "COMMERCIAL_REQUEST";

    @Id
    @Column(name = "kind")
    private String kind;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected CommercialCounter() {}

    public CommercialCounter(String kind) {
        this.kind = kind;
    }

    public CommercialNumber next() {
        return new CommercialNumber(++lastValue);
    }
}
