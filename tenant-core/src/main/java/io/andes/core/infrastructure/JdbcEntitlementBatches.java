package io.andes.core.infrastructure;

import static io.andes.core.infrastructure.JobJdbc.TENANTS;

import io.andes.core.api.EntitlementType;
import io.andes.core.audit.AuditEvent;
import io.andes.core.domain.entitlement.Entitlement;
import io.andes.core.domain.entitlement.EntitlementBatchRepository;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

/** The renewal batches' quota SQL: one locking read and two JDBC batches for a whole batch of tenants. */
@ApplicationScoped
class JdbcEntitlementBatches implements EntitlementBatchRepository {

    @Inject
    JobJdbc jdbc;

    @Override
    public List<Owned> lock(Collection<TenantId> tenants) {
        return jdbc.query(
                "SELECT tenant_id, type, included, additional, used, period_start, updated_at FROM entitlement"
                        + " WHERE tenant_id IN (" + TENANTS + ") FOR UPDATE",
                tenants,
                List.of(),
                rows -> {
                    Date start = rows.getDate(6);
                    return new Owned(
                            new TenantId(rows.getString(1)),
                            Entitlement.stored(
                                    EntitlementType.valueOf(rows.getString(2)),
                                    rows.getInt(3),
                                    rows.getInt(4),
                                    rows.getInt(5),
                                    start == null ? null : start.toLocalDate(),
                                    rows.getTimestamp(7).toInstant()));
                });
    }

    @Override
    public void update(List<Owned> changed, List<Audited> events) {
        jdbc.withStatement(
                "UPDATE entitlement SET additional = ?, used = ?, period_start = ?, updated_at = ?"
                        + " WHERE tenant_id = ? AND type = ?",
                statement -> {
                    for (Owned owned : changed) {
                        Entitlement e = owned.entitlement();
                        statement.setInt(1, e.additional());
                        statement.setInt(2, e.used());
                        statement.setDate(3, e.periodStart() == null ? null : Date.valueOf(e.periodStart()));
                        statement.setTimestamp(4, Timestamp.from(e.updatedAt()));
                        statement.setString(5, owned.tenant().value());
                        statement.setString(6, e.type().name());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
        jdbc.withStatement(
                "INSERT INTO audit_event (tenant_id, id, occurred_at, actor, action, target, address, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    for (Audited audited : events) {
                        AuditEvent event = audited.event();
                        statement.setString(1, audited.tenant().value());
                        statement.setString(2, event.id());
                        statement.setTimestamp(3, Timestamp.from(event.occurredAt()));
                        statement.setString(4, event.actor());
                        statement.setString(5, event.action());
                        statement.setString(6, event.target());
                        statement.setString(7, event.address());
                        statement.setString(8, event.detail());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }
}
