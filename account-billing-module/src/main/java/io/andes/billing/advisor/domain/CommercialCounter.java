package io.andes.billing.advisor.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The last commercial request number a tenant used; the database takes the next one under the row's lock
 * ({@code CounterRows}), so numbers have no gaps or twins. {@link #next} is the same step in memory.
 */
@Entity
@Table(name = "commercial_counter")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class CommercialCounter {

    public static final String TABLE = "commercial_counter";

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
