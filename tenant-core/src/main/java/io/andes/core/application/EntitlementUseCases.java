package io.andes.core.application;

import io.andes.core.api.EntitlementService;
import io.andes.core.api.EntitlementType;
import io.andes.core.api.EntitlementView;
import io.andes.core.api.MovementReceipt;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.domain.entitlement.DuplicateKeyException;
import io.andes.core.domain.entitlement.Entitlement;
import io.andes.core.domain.entitlement.EntitlementMovement;
import io.andes.core.domain.entitlement.EntitlementRepository;
import io.andes.core.domain.entitlement.IdempotencyKey;
import io.andes.core.domain.entitlement.MovementKind;
import io.andes.core.infrastructure.Ids;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/** The quota use cases of the bound tenant; see {@link EntitlementService}. */
@ApplicationScoped
public class EntitlementUseCases implements EntitlementService {

    @Inject
    EntitlementRepository entitlements;

    @Inject
    TenantCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    @Override
    public List<EntitlementView> list() {
        return transactions.required(() -> {
            LocalDate today = calendar.today();
            return entitlements.all().stream().map(e -> calendar.view(e, today)).toList();
        });
    }

    @Override
    public EntitlementView get(EntitlementType type) {
        return transactions.required(() -> calendar.view(existing(type)));
    }

    @Override
    public MovementReceipt consume(EntitlementType type, int quantity, String idempotencyKey) {
        return move(type, MovementKind.CONSUMPTION, quantity, key(idempotencyKey));
    }

    @Override
    public MovementReceipt release(EntitlementType type, int quantity, String idempotencyKey) {
        return move(type, MovementKind.RELEASE, quantity, key(idempotencyKey));
    }

    /**
     * Applies a movement once per idempotency key. Concurrent retries of one key race on the ledger's unique key: the
     * first commits, the others roll back entirely and answer with the first one's receipt.
     */
    private MovementReceipt move(EntitlementType type, MovementKind kind, int quantity, IdempotencyKey key) {
        try {
            return transactions.required(() -> apply(type, kind, quantity, key));
        } catch (DuplicateKeyException e) {
            return transactions.required(() -> replay(type, kind, quantity, key));
        }
    }

    /** Applies a movement inside the caller's transaction; a repeated key fails the caller's transaction. */
    MovementReceipt apply(EntitlementType type, MovementKind kind, int quantity, IdempotencyKey key) {
        Entitlement entitlement = entitlements.lock(type).orElseThrow(() -> notFound(type));
        var provenance = calendar.provenance();
        var today = calendar.today();
        if (kind == MovementKind.CONSUMPTION) {
            entitlement.consume(quantity, today, provenance.at());
        } else {
            entitlement.release(quantity, today, provenance.at());
        }
        EntitlementMovement movement =
                new EntitlementMovement(Ids.next(), kind, quantity, entitlement, key, provenance);
        entitlements.record(movement);
        return receipt(movement, false);
    }

    private MovementReceipt replay(EntitlementType type, MovementKind kind, int quantity, IdempotencyKey key) {
        EntitlementMovement first = entitlements
                .movementByKey(key)
                .orElseThrow(() -> new IllegalStateException("Duplicate idempotency key without a movement"));
        if (!first.sameRequest(type, kind, quantity)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "La clave de idempotencia ya se usó con otra solicitud; use una clave nueva.",
                    "The idempotency key was already used with a different request; use a new key.");
        }
        return receipt(first, true);
    }

    @Override
    public MovementReceipt movement(String id) {
        return transactions.required(() -> entitlements
                .movement(id)
                .map(m -> receipt(m, false))
                .orElseThrow(() -> ProblemException.notFound("el movimiento " + id, "Movement " + id)));
    }

    @Override
    public Page<MovementReceipt> movements(Optional<EntitlementType> type, PageRequest page) {
        return transactions.required(() -> new Page<>(
                entitlements.movements(type, page.offset(), page.size()).stream()
                        .map(m -> receipt(m, false))
                        .toList(),
                page.page(),
                page.size(),
                entitlements.countMovements(type)));
    }

    @Override
    public EntitlementView changeAdditional(EntitlementType type, int additional, String reason) {
        return setAdditional(type, current -> additional, reason);
    }

    @Override
    public EntitlementView adjustAdditional(EntitlementType type, int delta, String reason) {
        return setAdditional(type, current -> Math.addExact(current, delta), reason);
    }

    private EntitlementView setAdditional(EntitlementType type, IntUnaryOperator change, String reason) {
        return transactions.required(() -> {
            Entitlement entitlement = entitlements.lock(type).orElseThrow(() -> notFound(type));
            int before = entitlement.limit();
            entitlement.changeAdditional(
                    change.applyAsInt(entitlement.additional()),
                    calendar.today(),
                    calendar.provenance().at());
            audit.record(new AuditEntry(
                    "entitlement.limit-changed", type.name(), limitChanged(before, entitlement.limit(), reason)));
            return calendar.view(entitlement);
        });
    }

    /** The audit detail of a limit change, the same whoever changes it. */
    static String limitChanged(int before, int after, String reason) {
        return "limit %d -> %d: %s".formatted(before, after, reason);
    }

    private Entitlement existing(EntitlementType type) {
        return entitlements.find(type).orElseThrow(() -> notFound(type));
    }

    private static ProblemException notFound(EntitlementType type) {
        return ProblemException.notFound("el cupo " + type.name(), "Quota " + type.name());
    }

    private static IdempotencyKey key(String text) {
        return IdempotencyKey.fromHeader(text);
    }

    private static MovementReceipt receipt(EntitlementMovement m, boolean replayed) {
        return new MovementReceipt(
                m.id(),
                m.type(),
                m.kind().name(),
                m.quantity(),
                m.usedAfter(),
                m.limitAfter(),
                Math.max(0, m.limitAfter() - m.usedAfter()),
                m.periodStart(),
                m.occurredAt(),
                m.actor(),
                replayed);
    }
}
