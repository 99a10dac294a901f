package io.andes.core.domain.user;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantUserView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person of one tenant with an account in the identity provider (same id). While active the user holds one
 * {@code USERS} slot; a deactivated user keeps its record for the history but can no longer sign in.
 */
@Entity
@Table(name = "tenant_user")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TenantUser {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private TenantRole role;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "invited_by", nullable = false)
    private String invitedBy;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TenantUser() {}

    public TenantUser(String id, EmailAddress email, PersonName name, TenantRole role, Instant at, String by) {
        this.id = id;
        this.email = email.value();
        this.firstName = name.first();
        this.lastName = name.last();
        this.role = role;
        this.status = TenantUserView.ACTIVE;
        this.invitedAt = at;
        this.invitedBy = by;
    }

    public String id() {
        return id;
    }

    public TenantRole role() {
        return role;
    }

    public boolean active() {
        return TenantUserView.ACTIVE.equals(status);
    }

    /** Gives the user another of the tenant's roles; only an active user can be changed. */
    public void changeRole(TenantRole newRole) {
        requireActive();
        this.role = newRole;
    }

    public void deactivate(Instant at) {
        requireActive();
        this.status = TenantUserView.DEACTIVATED;
        this.deactivatedAt = at;
    }

    private void requireActive() {
        if (!active()) {
            throw new InactiveUserException(id);
        }
    }

    public TenantUserView view() {
        return new TenantUserView(id, email, firstName, lastName, role, status, invitedAt, invitedBy);
    }
}
