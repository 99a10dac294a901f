package io.andes.portal;

import io.andes.core.api.TenantRole;
import io.andes.core.api.UserInvitation;
import java.io.Serializable;

/** The "Invitar usuario" form as typed; the invitation use case decides whether it is acceptable. */
public class InvitationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String firstName;
    private String lastName;
    private TenantRole role = TenantRole.TENANT_USER;

    UserInvitation toInvitation() {
        return new UserInvitation(email, firstName, lastName, role);
    }

    void clear() {
        email = null;
        firstName = null;
        lastName = null;
        role = TenantRole.TENANT_USER;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public TenantRole getRole() {
        return role;
    }

    public void setRole(TenantRole role) {
        this.role = role;
    }
}
