package io.andes.core.domain.setting;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One setting a tenant chose for itself, by name. A missing row means the platform's default, so a new setting needs
 * no data migration and the {@code tenant} table stays about the company itself.
 */
@Entity
@Table(name = "tenant_setting")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TenantSetting {

    /** Whether ticket notices also go by SMS to the ticket's contact phone; off unless the tenant turns it on. */
    public static final String SMS_NOTIFICATIONS = "sms_notifications";

    @Id
    @Column(name = "name", length = 60)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TenantSetting() {}

    public TenantSetting(String name, boolean value, Instant now) {
        this.name = name;
        change(value, now);
    }

    public void change(boolean newValue, Instant now) {
        this.value = Boolean.toString(newValue);
        this.updatedAt = now;
    }

    public boolean enabled() {
        return Boolean.parseBoolean(value);
    }
}
