package io.andes.ticketing.application;

import io.andes.core.api.TenantDirectory;
import io.andes.core.audit.AuditEntry;
import io.andes.core.audit.AuditLog;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.domain.catalog.TicketCatalog;
import io.andes.ticketing.domain.knowledge.EntryDraft;
import io.andes.ticketing.domain.knowledge.EntryKind;
import io.andes.ticketing.domain.knowledge.FieldErrors;
import io.andes.ticketing.domain.knowledge.KnowledgeEntry;
import io.andes.ticketing.domain.knowledge.KnowledgeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Each staff change to an entry in one transaction of its own. An entry addressed to one tenant is changed with that
 * tenant bound, so the change is written to that tenant's audit log with it; global entries have no tenant log and
 * keep their author and last editor on the row.
 */
@ApplicationScoped
class KnowledgeChanges {

    private static final System.Logger LOG = System.getLogger(KnowledgeChanges.class.getName());

    @Inject
    KnowledgeRepository knowledge;

    @Inject
    TicketCatalog catalog;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantBinding binding;

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    KnowledgeViews.Entry create(EntryKind kind, EntryDraft draft) {
        EntryDraft.ValidDraft valid = checked(draft, false, null);
        return audited(valid.audience(), "knowledge.created", () -> {
            KnowledgeEntry entry = new KnowledgeEntry(kind, valid, editor(), clock.instant());
            knowledge.add(entry);
            return entry;
        });
    }

    KnowledgeViews.Entry update(EntryKind kind, String id, EntryDraft draft, Long version) {
        EntryDraft.ValidDraft valid = checked(draft, true, version);
        return audited(valid.audience(), "knowledge.updated", () -> {
            KnowledgeEntry entry = existing(knowledge, kind, id);
            if (entry.version() != version) {
                throw stale();
            }
            entry.revise(valid, editor(), clock.instant());
            return entry;
        });
    }

    KnowledgeViews.Entry unpublish(EntryKind kind, String id) {
        return audited(audienceOf(kind, id), "knowledge.unpublished", () -> {
            KnowledgeEntry entry = existing(knowledge, kind, id);
            entry.unpublish(editor(), clock.instant());
            return entry;
        });
    }

    void delete(EntryKind kind, String id) {
        audited(audienceOf(kind, id), "knowledge.deleted", () -> {
            KnowledgeEntry entry = existing(knowledge, kind, id);
            knowledge.remove(entry);
            return entry;
        });
    }

    static KnowledgeEntry existing(KnowledgeRepository knowledge, EntryKind kind, String id) {
        return knowledge
                .find(id)
                .filter(entry -> entry.kind() == kind)
                .orElseThrow(() -> kind == EntryKind.NEWS
                        ? ProblemException.notFound("la noticia", "The news item")
                        : ProblemException.notFound("el artículo", "The article"));
    }

    /** Every field checked at once, the audience tenant and the service against what exists. */
    private EntryDraft.ValidDraft checked(EntryDraft draft, boolean revision, Long version) {
        FieldErrors errors = new FieldErrors();
        if (draft == null) {
            errors.add("body", "es obligatorio");
            errors.throwIfAny();
        }
        EntryDraft.ValidDraft valid = draft.validated(errors);
        if (valid != null
                && valid.audience() != null
                && tenants.find(valid.audience()).isEmpty()) {
            errors.add("audienceTenant", "no es un cliente existente");
        }
        if (valid != null && valid.serviceCode() != null && !serviceExists(valid.serviceCode())) {
            errors.add("serviceCode", "no es un servicio del catálogo");
        }
        if (revision && version == null) {
            errors.add("version", "es obligatorio: la versión de la entrada que se editó");
        }
        errors.throwIfAny();
        return valid;
    }

    private boolean serviceExists(String code) {
        return transactions.requiresNew(() -> catalog.service(code).isPresent());
    }

    private TenantId audienceOf(EntryKind kind, String id) {
        return transactions.requiresNew(() -> {
            String audience = existing(knowledge, kind, id).audienceTenant();
            return audience == null ? null : new TenantId(audience);
        });
    }

    /** The change in a transaction of its own, bound to the audience tenant (if any) whose log records it. */
    private KnowledgeViews.Entry audited(TenantId audience, String action, Supplier<KnowledgeEntry> change) {
        try {
            return binding.callAs(
                    audience,
                    () -> transactions.requiresNew(() -> {
                        KnowledgeEntry entry = change.get();
                        knowledge.flush();
                        if (audience != null) {
                            audit.record(new AuditEntry(
                                    action, entry.id(), entry.text().titleEs()));
                        }
                        LOG.log(System.Logger.Level.INFO, "{0} {1} by {2}", action, entry.id(), editor());
                        return KnowledgePresenter.entry(
                                entry,
                                knowledge.deflections(List.of(entry.id())).stream()
                                        .findFirst()
                                        .orElse(null),
                                clock.instant());
                    }));
        } catch (RuntimeException e) {
            if (causedByStaleVersion(e)) {
                throw stale();
            }
            throw e;
        }
    }

    private static boolean causedByStaleVersion(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException stale() {
        return new ProblemException(
                ProblemType.CONFLICT,
                "Otra persona cambió esta entrada mientras usted la editaba; vuelva a abrirla y repita el cambio.",
                "Someone else changed this entry while you were editing it; open it again and repeat the change.");
    }

    private String editor() {
        return caller.get().username();
    }
}
