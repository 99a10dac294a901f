package io.andes.billing.invoice.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant's "Mis datos de pago": what its invoices print. One per tenant; the tax id is stored as validated for the
 * tenant's country. Until it is saved, invoices print the tenant's registered legal name.
 */
@Entity
@Table(name = "billing_profile")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class BillingProfile {

    /** The tenant's only profile. */
    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id = ID;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "tax_id", nullable = false, length = 20)
    private String taxId;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "activity", length = 200)
    private String activity;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected BillingProfile() {}

    public BillingProfile(BillingData data, String by, Instant now) {
        change(data, by, now);
    }

    public void change(BillingData data, String by, Instant now) {
        this.legalName = data.legalName();
        this.taxId = data.taxId();
        this.address = data.address();
        this.activity = data.activity();
        this.email = data.email();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public BillingData data(String country) {
        return new BillingData(legalName, taxId, address, activity, email, country);
    }
}
