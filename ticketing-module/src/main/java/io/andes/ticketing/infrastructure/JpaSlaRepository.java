package io.andes.ticketing.infrastructure;

import io.andes.core.tenancy.TenantEntityManager;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.domain.sla.SlaEvent;
import io.andes.ticketing.domain.sla.SlaRepository;
import io.andes.ticketing.domain.sla.SupportTier;
import io.andes.ticketing.domain.sla.TierSla;
import io.andes.ticketing.domain.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SLA terms, events and the escalation job's search. The search is the one cross-tenant statement: native SQL with no
 * tenant bound, reading only {@code tenant_id} and {@code id}; the ticket is then locked and read as its tenant's.
 */
@ApplicationScoped
class JpaSlaRepository implements SlaRepository {

    private static final String OVERDUE = "SELECT tenant_id, id FROM ticket"
            + " WHERE (status = 'NUEVO' AND first_response_breached_at IS NULL AND first_response_due < ?1)"
            + " OR (status IN ('NUEVO', 'ABIERTO') AND resolution_breached_at IS NULL AND resolution_due < ?1)"
            + " ORDER BY resolution_due LIMIT ?2";

    /** EclipseLink refuses native SQL in a multitenant unit unless a statement opts in; this one does on purpose. */
    private static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    private static final Duration TERMS_TIME_TO_LIVE = Duration.ofSeconds(15);

    @Inject
    TenantEntityManager entityManagers;

    @Inject
    Clock clock;

    /** The vendor's terms (read-only rows, the same for every tenant), kept a few seconds; a missing tier is not. */
    private final Map<SupportTier, HeldTerms> terms = new ConcurrentHashMap<>();

    @Override
    public Optional<TierSla> terms(SupportTier tier) {
        Instant now = clock.instant();
        HeldTerms held = terms.get(tier);
        if (held != null && held.loadedAt().plus(TERMS_TIME_TO_LIVE).isAfter(now)) {
            return Optional.of(held.terms());
        }
        Optional<TierSla> loaded = Optional.ofNullable(entityManagers.platform().find(TierSla.class, tier));
        loaded.ifPresent(found -> terms.put(tier, new HeldTerms(found, now)));
        return loaded;
    }

    @Override
    public void add(SlaEvent event) {
        entityManagers.get().persist(event);
    }

    @Override
    public List<SlaEvent> events(Ticket ticket) {
        return entityManagers
                .get()
                .createQuery(
                        "SELECT e FROM SlaEvent e WHERE e.ticketId = :ticket ORDER BY e.occurredAt, e.kind",
                        SlaEvent.class)
                .setParameter("ticket", ticket.id())
                .getResultList();
    }

    @Override
    public List<OverdueTicket> overdue(Instant now, int limit) {
        List<?> rows = entityManagers
                .forJobOfNoTenant()
                .createNativeQuery(OVERDUE)
                .setHint(ALLOW_NATIVE_SQL, true)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new OverdueTicket(new TenantId((String) row[0]), (String) row[1]))
                .toList();
    }

    @Override
    public Optional<Ticket> lockForCheck(String ticketId) {
        return entityManagers
                .get()
                .createQuery("SELECT t FROM Ticket t WHERE t.id = :id", Ticket.class)
                .setParameter("id", ticketId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private record HeldTerms(TierSla terms, Instant loadedAt) {}
}
