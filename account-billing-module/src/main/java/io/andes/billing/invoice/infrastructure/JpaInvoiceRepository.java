package io.andes.billing.invoice.infrastructure;

import io.andes.billing.invoice.domain.CreditNote;
import io.andes.billing.invoice.domain.CreditNoteKind;
import io.andes.billing.invoice.domain.DuplicatePeriodException;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceKind;
import io.andes.billing.invoice.domain.InvoiceLine;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.invoice.domain.InvoiceStatus;
import io.andes.core.infrastructure.DuplicateKeys;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

@ApplicationScoped
class JpaInvoiceRepository implements InvoiceRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public void createCounter(String prefix, int year) {
        entityManagers
                .platform()
                .createNativeQuery("INSERT IGNORE INTO billing_counter (kind, last_value) VALUES (?, 0)")
                .setParameter(1, InvoiceNumber.counter(prefix, year))
                .executeUpdate();
    }

    @Override
    public InvoiceNumber takeNumber(String prefix, int year) {
        EntityManager em = em();
        String counter = InvoiceNumber.counter(prefix, year);
        // the platform's counter row (no tenant): created when absent under its exclusive lock, then raised; the
        // lock is held until the invoice's transaction ends, so numbers follow commits and a rollback leaves no gap
        em.createNativeQuery("INSERT INTO billing_counter (kind, last_value) VALUES (?, 1)"
                        + " ON DUPLICATE KEY UPDATE last_value = last_value + 1")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, counter)
                .executeUpdate();
        Number last = (Number) em.createNativeQuery("SELECT last_value FROM billing_counter WHERE kind = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, counter)
                .getSingleResult();
        return new InvoiceNumber(prefix, year, last.intValue());
    }

    @Override
    public void add(Invoice invoice) {
        try {
            em().persist(invoice);
            em().flush();
        } catch (PersistenceException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new DuplicatePeriodException(e);
            }
            throw e;
        }
    }

    @Override
    public void add(InvoiceLine line) {
        em().persist(line);
    }

    @Override
    public void add(CreditNote note) {
        em().persist(note);
        em().flush(); // before any row that refers to it (the credit ledger)
    }

    @Override
    public Optional<Invoice> find(InvoiceNumber number) {
        return byNumber(number, LockModeType.NONE);
    }

    @Override
    public Optional<Invoice> byId(String id) {
        return em().createQuery("SELECT i FROM Invoice i WHERE i.id = :id", Invoice.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Invoice> renewalOf(LocalDate periodStart) {
        return em().createQuery(
                        "SELECT i FROM Invoice i WHERE i.periodStart = :start AND i.kind = :kind AND i.status <> :void",
                        Invoice.class)
                .setParameter("start", periodStart)
                .setParameter("kind", InvoiceKind.RENOVACION)
                .setParameter("void", InvoiceStatus.ANULADA)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Invoice> lock(InvoiceNumber number) {
        return byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Invoice> byNumber(InvoiceNumber number, LockModeType lock) {
        return em().createQuery("SELECT i FROM Invoice i WHERE i.number = :number", Invoice.class)
                .setParameter("number", number.formatted())
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Invoice> lockById(String id) {
        return Optional.ofNullable(em().find(Invoice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Invoice> byOrder(String orderId) {
        return em().createQuery("SELECT i FROM Invoice i WHERE i.orderId = :order", Invoice.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Invoice> list(int offset, int limit) {
        return em().createQuery("SELECT i FROM Invoice i ORDER BY i.issuedAt DESC, i.number DESC", Invoice.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em().createQuery("SELECT COUNT(i) FROM Invoice i", Long.class).getSingleResult();
    }

    @Override
    public List<InvoiceLine> lines(Invoice invoice) {
        return em().createQuery(
                        "SELECT l FROM InvoiceLine l WHERE l.invoiceId = :invoice ORDER BY l.position",
                        InvoiceLine.class)
                .setParameter("invoice", invoice.id())
                .getResultList();
    }

    @Override
    public Optional<CreditNote> creditNoteOf(Invoice invoice) {
        return em().createQuery(
                        "SELECT c FROM CreditNote c WHERE c.invoiceId = :invoice AND c.kind = :kind", CreditNote.class)
                .setParameter("invoice", invoice.id())
                .setParameter("kind", CreditNoteKind.ANULACION)
                .getResultStream()
                .findFirst();
    }

    private EntityManager em() {
        return entityManagers.get();
    }
}
