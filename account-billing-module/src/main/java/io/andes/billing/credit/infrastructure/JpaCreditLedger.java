package io.andes.billing.credit.infrastructure;

import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.credit.domain.LedgerEntry;
import io.andes.billing.credit.domain.LedgerKind;
import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.CreditNoteKind;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import io.andes.core.tenancy.TenantNativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
class JpaCreditLedger implements CreditLedger {

    private static final List<LedgerKind> BALANCE = List.of(LedgerKind.CREDIT_NOTE, LedgerKind.APPLIED);

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void add(LedgerEntry entry) {
        em().persist(entry);
        em().flush();
    }

    @Override
    public BigDecimal balance(String currency) {
        BigDecimal sum = em().createQuery(
                        "SELECT SUM(e.amount) FROM LedgerEntry e WHERE e.currency = :currency AND e.kind IN :kinds",
                        BigDecimal.class)
                .setParameter("currency", currency)
                .setParameter("kinds", BALANCE)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public BigDecimal lockedBalance(String currency) {
        EntityManager em = em();
        // native SQL is not tenant-filtered: the tenant condition is ours
        List<?> amounts = TenantNativeSql.of(
                        em,
                        "SELECT amount FROM credit_ledger WHERE tenant_id = ? AND entry_kind IN"
                                + " ('CREDIT_NOTE', 'APPLIED') AND currency = ? FOR UPDATE")
                .setParameter(2, currency)
                .getResultList();
        return amounts.stream().map(a -> new BigDecimal(a.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public List<LedgerEntry> entries(int offset, int limit) {
        return em().createQuery("SELECT e FROM LedgerEntry e ORDER BY e.createdAt DESC, e.id", LedgerEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countEntries() {
        return em().createQuery("SELECT COUNT(e) FROM LedgerEntry e", Long.class)
                .getSingleResult();
    }

    @Override
    public List<CreditNote> notes(int offset, int limit) {
        return em().createQuery("SELECT c FROM CreditNote c ORDER BY c.issuedAt DESC, c.number DESC", CreditNote.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countNotes() {
        return em().createQuery("SELECT COUNT(c) FROM CreditNote c", Long.class).getSingleResult();
    }

    @Override
    public List<CreditNote> notesAgainst(String invoiceId) {
        return em().createQuery(
                        "SELECT c FROM CreditNote c WHERE c.invoiceId = :invoice ORDER BY c.issuedAt, c.number",
                        CreditNote.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }

    @Override
    public BigDecimal creditedAgainst(String invoiceId) {
        BigDecimal sum = em().createQuery(
                        "SELECT SUM(c.total) FROM CreditNote c WHERE c.invoiceId = :invoice AND c.kind <> :void",
                        BigDecimal.class)
                .setParameter("invoice", invoiceId)
                .setParameter("void", CreditNoteKind.ANULACION)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public Optional<CreditNote> note(String id) {
        return em().createQuery("SELECT c FROM CreditNote c WHERE c.id = :id", CreditNote.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<LedgerEntry> entry(String id) {
        return em().createQuery("SELECT e FROM LedgerEntry e WHERE e.id = :id", LedgerEntry.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<LedgerEntry> lockRefund(String id) {
        return em().createQuery("SELECT e FROM LedgerEntry e WHERE e.id = :id AND e.kind = :kind", LedgerEntry.class)
                .setParameter("id", id)
                .setParameter("kind", LedgerKind.REFUND_REQUESTED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<LedgerEntry> claimPendingRefund(String id) {
        EntityManager em = em();
        // SKIP LOCKED: a request another instance is refunding right now is left to it (native SQL: our tenant filter)
        List<?> claimed = TenantNativeSql.of(
                        em,
                        "SELECT id FROM credit_ledger WHERE tenant_id = ? AND id = ?"
                                + " AND entry_kind = 'REFUND_REQUESTED' AND refund_status = 'PENDING' FOR UPDATE SKIP LOCKED")
                .setParameter(2, id)
                .getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.id = :id", LedgerEntry.class)
                .setParameter("id", id)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<TenantId> refundTenant(String id) {
        List<?> rows = entityManagers
                .forJobOfNoTenant()
                .createNativeQuery(
                        "SELECT tenant_id FROM credit_ledger WHERE id = ? AND entry_kind = 'REFUND_REQUESTED'")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(tenant -> new TenantId((String) tenant));
    }

    @Override
    public List<PendingRefund> pendingRefunds(int limit) {
        return refunds("", null, limit);
    }

    @Override
    public List<PendingRefund> dueRefunds(Instant now, int limit) {
        return refunds(" AND (refund_next_at IS NULL OR refund_next_at <= ?)", now, limit);
    }

    private List<PendingRefund> refunds(String condition, Instant now, int limit) {
        Query query = entityManagers
                .forJobOfNoTenant()
                .createNativeQuery("SELECT tenant_id, id FROM credit_ledger WHERE entry_kind = 'REFUND_REQUESTED'"
                        + " AND refund_status = 'PENDING'" + condition + " ORDER BY created_at, id")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setMaxResults(limit);
        if (now != null) {
            query.setParameter(1, Timestamp.from(now));
        }
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new PendingRefund(new TenantId((String) r[0]), (String) r[1]))
                .toList();
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
