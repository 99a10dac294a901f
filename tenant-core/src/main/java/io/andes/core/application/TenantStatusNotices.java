package io.andes.core.application;

import io.andes.core.api.Notifications;
import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantUserView;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.user.TenantUser;
import io.andes.core.domain.user.TenantUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a tenant's active administrators that staff suspended or reactivated it. Queued in the transaction of the
 * status change: if the change does not commit, nobody is told; if it does, the mails go out even when the mail
 * server is down at that moment.
 */
@ApplicationScoped
class TenantStatusNotices {

    @Inject
    TenantUserRepository users;

    @Inject
    Notifications notifications;

    /** Where questions go: also the Reply-To of every mail, so "reply to this e-mail" reaches the same people. */
    @Inject
    @ConfigProperty(name = "andes.smtp.reply-to", defaultValue = "soporte@andes.dev")
    String contact;

    /** Queues {@code notice} to each active tenant-admin of the bound tenant, which is {@code tenant}. */
    void queue(TenantStatusNotice notice, Tenant tenant, String reason) {
        for (TenantUser admin : users.active(TenantRole.TENANT_ADMIN)) {
            TenantUserView person = admin.view();
            notifications.queueEmail(
                    notice.to(person.email(), person.firstName(), tenant.legalName(), reason, contact));
        }
    }
}
