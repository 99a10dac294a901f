package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.domain.catalog.CatalogNames;
import io.andes.ticketing.domain.catalog.CatalogStore;
import io.andes.ticketing.domain.catalog.DeskCatalog;
import io.andes.ticketing.domain.catalog.QueueAgent;
import io.andes.ticketing.domain.catalog.SupportQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The desk's queues: platform admins add and rename them; their agents are set through {@link DeskSetup}. */
@ApplicationScoped
public class QueueSetup {

    @Inject
    CatalogStore store;

    @Inject
    DeskCatalog desk;

    @Inject
    DeskAccess access;

    @Inject
    CatalogChangeLog changes;

    /** Every queue with its agents; desk workers read it (the routing and ticket pages name the queues). */
    @Transactional
    public List<CatalogAdminViews.Queue> queues() {
        access.require(Roles.PLATFORM_ADMIN, Roles.SUPPORT_AGENT, Roles.BILLING_STAFF);
        return store.queues().stream().map(this::view).toList();
    }

    @Transactional
    public CatalogAdminViews.Queue add(String code, CatalogNames names) {
        access.require(Roles.PLATFORM_ADMIN);
        SupportQueue queue = new SupportQueue(code, names);
        if (store.queueToChange(queue.code()).isPresent()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Ya hay una cola con el código " + queue.code() + ".",
                    "There is already a queue with code " + queue.code() + ".");
        }
        store.add(queue);
        changes.record("queue.added", queue.code(), names.es());
        return view(queue);
    }

    @Transactional
    public CatalogAdminViews.Queue rename(String code, CatalogNames names) {
        access.require(Roles.PLATFORM_ADMIN);
        SupportQueue queue = store.queueToChange(code)
                .orElseThrow(() -> ProblemException.notFound("la cola " + code, "Queue " + code));
        queue.rename(names);
        changes.record("queue.renamed", code, names.es());
        return view(queue);
    }

    private CatalogAdminViews.Queue view(SupportQueue queue) {
        return new CatalogAdminViews.Queue(
                queue.code(),
                queue.name(false),
                queue.name(true),
                desk.agents(queue.code()).stream().map(QueueAgent::username).toList());
    }
}
