package io.andes.store.infrastructure;

import static io.andes.core.infrastructure.JobJdbc.TENANTS;

import io.andes.core.infrastructure.JobJdbc;
import io.andes.core.tenancy.TenantId;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.subscription.SubscriptionBatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The renewal batches' SQL: a few round trips for a whole batch of tenants, each statement naming its tenants (native
 * SQL is not tenant-filtered).
 */
@ApplicationScoped
class JdbcSubscriptionBatches implements SubscriptionBatchRepository {

    @Inject
    JobJdbc jdbc;

    @Override
    public List<Ended> claimEnded(Collection<TenantId> tenants, LocalDate latest) {
        // the unique (tenant_id) key finds exactly these rows; SKIP LOCKED leaves a row another runner holds to it
        return jdbc.query(
                "SELECT tenant_id, id, plan_code, billing_period, currency, period_start, period_end, anchor_day"
                        + " FROM subscription WHERE tenant_id IN (" + TENANTS
                        + ") AND period_end <= ? AND ended_on IS NULL"
                        + " FOR UPDATE SKIP LOCKED",
                tenants,
                List.of(Date.valueOf(latest)),
                rows -> new Ended(
                        new TenantId(rows.getString(1)),
                        rows.getString(2),
                        rows.getString(3),
                        BillingPeriod.valueOf(rows.getString(4)),
                        rows.getString(5),
                        rows.getDate(6).toLocalDate(),
                        rows.getDate(7).toLocalDate(),
                        rows.getInt(8)));
    }

    @Override
    public List<HeldAddOn> addOns(Collection<TenantId> tenants) {
        return jdbc.query(
                "SELECT tenant_id, addon_code, quantity, renewal_quantity FROM subscription_addon"
                        + " WHERE tenant_id IN (" + TENANTS + ") ORDER BY tenant_id, addon_code",
                tenants,
                List.of(),
                rows -> new HeldAddOn(
                        new TenantId(rows.getString(1)), rows.getString(2), rows.getInt(3), rows.getInt(4)));
    }

    @Override
    public List<Pending> pending(Collection<TenantId> tenants) {
        return jdbc.query(
                "SELECT tenant_id, id, description, amount, due_on FROM pending_charge WHERE tenant_id IN (" + TENANTS
                        + ") AND status = 'PENDING' ORDER BY tenant_id, created_at, id",
                tenants,
                List.of(),
                rows -> new Pending(
                        new TenantId(rows.getString(1)),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getBigDecimal(4),
                        rows.getDate(5).toLocalDate()));
    }

    @Override
    public void renew(List<Move> moves, List<Pending> invoicedCharges, Instant now) {
        Timestamp at = Timestamp.from(now);
        Set<TenantId> tenants = new LinkedHashSet<>();
        boolean moved = jdbc.withStatement(
                "UPDATE subscription SET period_start = ?, period_end = ?, updated_at = ?, version = version + 1"
                        + " WHERE tenant_id = ? AND id = ? AND period_end = ?",
                statement -> {
                    for (Move move : moves) {
                        tenants.add(move.tenant());
                        statement.setDate(1, Date.valueOf(move.newStart()));
                        statement.setDate(2, Date.valueOf(move.newEnd()));
                        statement.setTimestamp(3, at);
                        statement.setString(4, move.tenant().value());
                        statement.setString(5, move.id());
                        statement.setDate(6, Date.valueOf(move.newStart()));
                        statement.addBatch();
                    }
                    return JobJdbc.eachChangedOne(statement.executeBatch());
                });
        jdbc.withStatement(
                "UPDATE subscription_addon SET quantity = renewal_quantity, updated_at = ? WHERE tenant_id = ?",
                statement -> {
                    for (TenantId tenant : tenants) {
                        statement.setTimestamp(1, at);
                        statement.setString(2, tenant.value());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
        boolean invoiced = invoicedCharges.isEmpty()
                || jdbc.withStatement(
                        "UPDATE pending_charge SET status = 'INVOICED' WHERE tenant_id = ? AND id = ?"
                                + " AND status = 'PENDING'",
                        statement -> {
                            for (Pending charge : invoicedCharges) {
                                statement.setString(1, charge.tenant().value());
                                statement.setString(2, charge.id());
                                statement.addBatch();
                            }
                            return JobJdbc.eachChangedOne(statement.executeBatch());
                        });
        if (!moved || !invoiced) {
            throw new IllegalStateException("A subscription or a pending charge changed since the batch claimed it");
        }
    }
}
