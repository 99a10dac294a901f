package io.andes.billing.payment.infrastructure;

import io.andes.billing.payment.domain.AutoCharge;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentAccount;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import io.andes.core.tenancy.TenantNativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
class JpaPaymentRepository implements PaymentRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(Payment payment) {
        em().persist(payment);
        em().flush();
    }

    @Override
    public Optional<Payment> find(String id) {
        return Optional.ofNullable(em().find(Payment.class, id));
    }

    @Override
    public Optional<Payment> lock(String id) {
        return Optional.ofNullable(em().find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Payment> ofInvoice(String invoiceId) {
        return em().createQuery(
                        "SELECT p FROM Payment p WHERE p.invoiceId = :invoice ORDER BY p.attempt", Payment.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }

    @Override
    public Optional<Payment> byCheckout(String checkoutId) {
        return em().createQuery("SELECT p FROM Payment p WHERE p.checkoutId = :checkout", Payment.class)
                .setParameter("checkout", checkoutId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Payment> list(int offset, int limit) {
        return em().createQuery("SELECT p FROM Payment p ORDER BY p.startedAt DESC, p.id", Payment.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(p) FROM Payment p", Long.class).getSingleResult();
    }

    @Override
    public PaymentAccount lockAccount(String gateway, Instant now) {
        EntityManager em = em();
        PaymentAccount account = em.find(PaymentAccount.class, 1, LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            return account;
        }
        // the first payment of a tenant: insert-if-absent, then lock, so simultaneous first payments queue here
        TenantNativeSql.of(
                        em,
                        "INSERT IGNORE INTO payment_account (tenant_id, id, gateway, auto_pay, updated_at)"
                                + " VALUES (?, 1, ?, FALSE, ?)")
                .setParameter(2, gateway)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return em.find(PaymentAccount.class, 1, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<PaymentAccount> account() {
        return Optional.ofNullable(em().find(PaymentAccount.class, 1));
    }

    @Override
    public void add(AutoCharge charge) {
        em().persist(charge);
    }

    @Override
    public Optional<AutoCharge> claimDue(String invoiceId, Instant now) {
        // SKIP LOCKED: a row another instance is charging right now is left to it (native SQL: our own tenant filter)
        List<?> claimed = TenantNativeSql.of(
                        em(),
                        "SELECT invoice_id FROM auto_charge WHERE tenant_id = ?"
                                + " AND invoice_id = ? AND next_attempt_at <= ? FOR UPDATE SKIP LOCKED")
                .setParameter(2, invoiceId)
                .setParameter(3, Timestamp.from(now))
                .getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        return em().createQuery("SELECT a FROM AutoCharge a WHERE a.invoiceId = :invoice", AutoCharge.class)
                .setParameter("invoice", invoiceId)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<AutoCharge> autoCharge(String invoiceId) {
        return Optional.ofNullable(em().find(AutoCharge.class, invoiceId));
    }

    @Override
    public List<Due> due(Instant now, int limit) {
        List<?> rows = entityManagers
                .forJobOfNoTenant()
                .createNativeQuery("SELECT tenant_id, invoice_id FROM auto_charge WHERE next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at LIMIT ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Due(new TenantId((String) row[0]), (String) row[1]))
                .toList();
    }

    @Override
    public List<Flag> flagged(int limit) {
        List<?> rows = entityManagers
                .forJobOfNoTenant()
                .createNativeQuery("SELECT a.tenant_id, i.number, a.flagged_at, a.last_failure, i.currency, i.total,"
                        + " a.failures, a.first_failure_at FROM auto_charge a"
                        + " JOIN invoice i ON i.tenant_id = a.tenant_id AND i.id = a.invoice_id"
                        + " WHERE a.flagged_at IS NOT NULL AND i.status <> 'PAGADA' ORDER BY a.flagged_at DESC LIMIT ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, limit)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Flag(
                        (String) row[0],
                        (String) row[1],
                        instant(row[2]),
                        (String) row[3],
                        (String) row[4],
                        new BigDecimal(row[5].toString()),
                        ((Number) row[6]).intValue(),
                        row[7] == null ? null : instant(row[7])))
                .toList();
    }

    @Override
    public boolean firstDelivery(String eventId, String type, String tenant, Instant now) {
        return em().createNativeQuery(
                                "INSERT IGNORE INTO stripe_event (id, type, tenant_id, received_at) VALUES (?, ?, ?, ?)")
                        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, eventId)
                        .setParameter(2, type)
                        .setParameter(3, tenant)
                        .setParameter(4, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp
                ? timestamp.toInstant()
                : ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
