package io.andes.core.audit;

import io.andes.core.infrastructure.Ids;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.util.List;

/** The audit log kept in the {@code audit_event} table, one row per event, tenant-scoped. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @Inject
    TenantEntityManager entityManagers;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    Clock clock;

    @Override
    public void record(AuditEntry entry) {
        CurrentUser who = user.get();
        entityManagers
                .get()
                .persist(new AuditEvent(Ids.next(), clock.instant(), who.auditName(), who.address(), entry));
    }

    @Override
    public List<AuditEvent> recent(int offset, int limit) {
        return entityManagers
                .get()
                .createQuery("SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return entityManagers
                .get()
                .createQuery("SELECT COUNT(e) FROM AuditEvent e", Long.class)
                .getSingleResult();
    }
}
