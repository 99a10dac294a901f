package io.andes.core.application;

import io.andes.core.api.EntitlementType;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantUserService;
import io.andes.core.api.TenantUserView;
import io.andes.core.api.UserInvitation;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.domain.entitlement.IdempotencyKey;
import io.andes.core.domain.entitlement.MovementKind;
import io.andes.core.domain.user.EmailAddress;
import io.andes.core.domain.user.IdentityAccounts;
import io.andes.core.domain.user.PersonName;
import io.andes.core.domain.user.TenantUser;
import io.andes.core.domain.user.TenantUserRepository;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;

/**
 * The bound tenant's users; see {@link TenantUserService}. Each change touches our database and the identity
 * provider: the provider is called inside our transaction, and a provider change is undone when the transaction does
 * not commit, so a slot is never taken without an account nor an account created without a slot.
 */
@ApplicationScoped
public class TenantUserUseCases implements TenantUserService {

    @Inject
    TenantUserRepository users;

    @Inject
    IdentityAccounts accounts;

    @Inject
    EntitlementUseCases entitlements;

    @Inject
    UndoOnRollback undo;

    @Inject
    TenantBinding binding;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Override
    public Page<TenantUserView> list(PageRequest page) {
        return transactions.required(() -> new Page<>(
                users.page(page.offset(), page.size()).stream()
                        .map(TenantUser::view)
                        .toList(),
                page.page(),
                page.size(),
                users.count()));
    }

    @Override
    public TenantUserView invite(UserInvitation invitation) {
        requireAdministrator("user.invite", invitation == null ? "" : String.valueOf(invitation.email()));
        EmailAddress email = UserInputs.email(invitation.email());
        PersonName name = UserInputs.name(invitation.firstName(), invitation.lastName());
        TenantRole role = UserInputs.role(invitation.role());
        return transactions.required(() -> {
            if (users.existsWithEmail(email)) {
                throw UserInputs.duplicate(email);
            }
            String id = accounts.create(binding.require(), email, name);
            undo.onRollback(() -> accounts.delete(id));
            entitlements.apply(EntitlementType.USERS, MovementKind.CONSUMPTION, 1, key("invite", id));
            accounts.grantRole(id, role.realmRole());
            TenantUser user = new TenantUser(
                    id, email, name, role, clock.instant(), caller.get().auditName());
            users.add(user);
            accounts.sendSetPasswordEmail(id);
            audit.record(new AuditEntry("user.invited", id, email.value() + " as " + role.realmRole()));
            return user.view();
        });
    }

    @Override
    public TenantUserView changeRole(String userId, TenantRole role) {
        requireAdministrator("user.change-role", userId);
        TenantRole newRole = UserInputs.role(role);
        return transactions.required(() -> {
            TenantUser user = existing(userId);
            TenantRole old = user.role();
            if (old == newRole) {
                return user.view();
            }
            refuseSelf(userId, "cambiar su propio rol", "change your own role");
            user.changeRole(newRole);
            accounts.grantRole(userId, newRole.realmRole());
            undo.onRollback(() -> accounts.revokeRole(userId, newRole.realmRole()));
            accounts.revokeRole(userId, old.realmRole());
            undo.onRollback(() -> accounts.grantRole(userId, old.realmRole()));
            audit.record(new AuditEntry("user.role-changed", userId, old.realmRole() + " -> " + newRole.realmRole()));
            return user.view();
        });
    }

    @Override
    public TenantUserView deactivate(String userId) {
        requireAdministrator("user.deactivate", userId);
        return transactions.required(() -> {
            TenantUser user = existing(userId);
            refuseSelf(userId, "desactivar su propia cuenta", "deactivate your own account");
            user.deactivate(clock.instant());
            entitlements.apply(EntitlementType.USERS, MovementKind.RELEASE, 1, key("deactivate", userId));
            accounts.setEnabled(userId, false);
            undo.onRollback(() -> accounts.setEnabled(userId, true));
            audit.record(new AuditEntry("user.deactivated", userId, "USERS slot freed"));
            return user.view();
        });
    }

    /** The tenant role named by {@code text}; anything else (a staff role, say) is refused and the attempt audited. */
    public TenantRole roleNamed(String text) {
        return TenantRole.parse(text).orElseThrow(() -> {
            auditRefusal("user.role-refused", String.valueOf(text));
            return UserInputs.invalidRole();
        });
    }

    private TenantUser existing(String userId) {
        return users.find(userId == null ? "" : userId).orElseThrow(() -> {
            auditRefusal("user.not-found", String.valueOf(userId));
            return ProblemException.notFound("el usuario " + userId, "User " + userId);
        });
    }

    /** Tenant admins manage their own tenant's users; staff do it only through an audited staff call. */
    private void requireAdministrator(String action, String target) {
        if (!caller.get().hasRole(Roles.TENANT_ADMIN) && !caller.get().hasRole(Roles.PLATFORM_ADMIN)) {
            auditRefusal(action + ".refused", target);
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Solo un administrador de la empresa puede gestionar sus usuarios.",
                    "Only an administrator of the company can manage its users.");
        }
    }

    private void refuseSelf(String userId, String spanishWhat, String englishWhat) {
        if (userId.equals(caller.get().subject())) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "No puede " + spanishWhat + "; pídaselo a otro administrador.",
                    "You cannot " + englishWhat + "; ask another administrator.");
        }
    }

    /** A refused attempt is recorded even though the change itself rolls back. */
    private void auditRefusal(String action, String target) {
        transactions.requiresNew(() -> {
            audit.record(new AuditEntry(action, target, "refused"));
            return null;
        });
    }

    private static IdempotencyKey key(String what, String userId) {
        return new IdempotencyKey("user-" + what + ":" + userId);
    }
}
