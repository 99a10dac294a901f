package io.andes.portal;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantUserService;
import io.andes.core.api.TenantUserView;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.PagedModel;
import io.andes.core.web.TenantFormats;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Usuarios", for the tenant's administrators only: the company's users page by page, inviting one, changing a role,
 * deactivating. A refused invitation because the USERS quota is full offers to buy more users.
 */
@Named("usersView")
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantUserService users;

    @Inject
    TenantDirectory tenants;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    LanguageSelection language;

    @Inject
    PortalMessages messages;

    private transient PagedModel<TenantUserView> model;
    private final InvitationForm invitation = new InvitationForm();
    private boolean quotaFull;
    private String selectedId;
    private String selectedEmail;
    private TenantRole selectedRole;

    /** The page itself is refused to non-administrators, whatever link brought them here. */
    public void requireAdministrator() throws IOException {
        AdministratorsOnly.require(user.get());
    }

    public PagedModel<TenantUserView> getModel() {
        if (model == null) {
            model = new PagedModel<>(
                    request -> isAdministrator() ? users.list(request) : PagedModel.empty(request), TenantUserView::id);
        }
        return model;
    }

    public void invite() {
        quotaFull = false;
        act(() -> users.invite(invitation.toInvitation()), "users.invite.sent")
                .ifPresent(invited -> invitation.clear());
    }

    public void selectForRoleChange(TenantUserView row) {
        selectedId = row.id();
        selectedEmail = row.email();
        selectedRole = row.role();
    }

    public void changeRole() {
        act(() -> users.changeRole(selectedId, selectedRole), "users.role.changed");
    }

    public void deactivate(TenantUserView row) {
        act(() -> users.deactivate(row.id()), "users.deactivate.done");
    }

    /** When the user was invited, on the company's clock. */
    public String invitedAt(TenantUserView row) {
        return user.get()
                .tenant()
                .flatMap(tenants::find)
                .map(tenant -> TenantFormats.of(language, tenant.country(), tenant.zone()))
                .map(formats -> formats.dateTime(row.invitedAt()))
                .orElse("");
    }

    public List<TenantRole> getRoles() {
        return List.of(TenantRole.values());
    }

    /**
     * Runs one change and says how it went, naming the user it changed. A refusal also marks the request as failed, so
     * a dialog that asked for it stays open.
     */
    private Optional<TenantUserView> act(Supplier<TenantUserView> change, String doneKey) {
        try {
            refuseNonAdministrators();
            TenantUserView changed = change.get();
            messages.info(doneKey, changed.email());
            return Optional.of(changed);
        } catch (ProblemException problem) {
            quotaFull = problem.type() == ProblemType.QUOTA_EXCEEDED;
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return Optional.empty();
        }
    }

    private void refuseNonAdministrators() {
        if (!isAdministrator()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Solo los administradores de la empresa gestionan sus usuarios.",
                    "Only the company's administrators manage its users.");
        }
    }

    private boolean isAdministrator() {
        return user.get().hasRole(Roles.TENANT_ADMIN);
    }

    public InvitationForm getInvitation() {
        return invitation;
    }

    public boolean isQuotaFull() {
        return quotaFull;
    }

    public String getSelectedEmail() {
        return selectedEmail;
    }

    public TenantRole getSelectedRole() {
        return selectedRole;
    }

    public void setSelectedRole(TenantRole selectedRole) {
        this.selectedRole = selectedRole;
    }
}
