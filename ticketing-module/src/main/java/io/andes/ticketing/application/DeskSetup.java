package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.catalog.CannedResponse;
import io.andes.ticketing.domain.catalog.DeskCatalog;
import io.andes.ticketing.domain.catalog.QueueAgent;
import io.andes.ticketing.domain.catalog.TicketCatalog;
import io.andes.ticketing.domain.catalog.TicketCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The vendor's desk set-up, shared by every tenant: which agents work each queue, the canned responses, and the
 * routing rules (which queue a category's new tickets go to). Platform data, so no tenant is bound or audited.
 */
@ApplicationScoped
public class DeskSetup {

    @Inject
    DeskCatalog desk;

    @Inject
    TicketCatalog catalog;

    @Inject
    CatalogUseCases categories;

    @Inject
    DeskAccess access;

    @Inject
    Clock clock;

    @Transactional
    public List<String> agents(String queue) {
        return desk.agents(existingQueue(queue)).stream()
                .map(QueueAgent::username)
                .toList();
    }

    @Transactional
    public List<String> addAgent(String queue, String username) {
        access.require(Roles.PLATFORM_ADMIN);
        String who = username == null ? "" : username.strip();
        if (who.isEmpty() || who.length() > 200) {
            throw ProblemException.invalidField(
                    "username", "es obligatorio", "Indique el usuario del agente.", "Name the agent's user.");
        }
        if (desk.agent(existingQueue(queue), who).isEmpty()) {
            desk.add(new QueueAgent(queue, who));
        }
        return agents(queue);
    }

    @Transactional
    public List<String> removeAgent(String queue, String username) {
        access.require(Roles.PLATFORM_ADMIN);
        desk.agent(existingQueue(queue), username).ifPresent(desk::remove);
        return agents(queue);
    }

    @Transactional
    public List<TicketViews.CannedResponse> cannedResponses() {
        return desk.cannedResponses().stream().map(DeskSetup::view).toList();
    }

    @Transactional
    public TicketViews.CannedResponse addCannedResponse(String title, String body) {
        access.require(Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN);
        CannedResponse response = new CannedResponse(title, body, clock.instant());
        requireUniqueTitle(response);
        desk.add(response);
        return view(response);
    }

    @Transactional
    public TicketViews.CannedResponse changeCannedResponse(String id, String title, String body) {
        access.require(Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN);
        CannedResponse response = existingCannedResponse(id);
        response.change(title, body, clock.instant());
        requireUniqueTitle(response);
        return view(response);
    }

    @Transactional
    public void removeCannedResponse(String id) {
        access.require(Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN);
        desk.remove(existingCannedResponse(id));
    }

    /** Sends the category's new tickets to {@code queue}; tickets already open stay where they are. */
    @Transactional
    public TicketViews.Route route(long categoryId, String queue) {
        access.require(Roles.PLATFORM_ADMIN);
        TicketCategory category = catalog.categoryToChange(categoryId)
                .orElseThrow(() -> ProblemException.notFound("la categoría " + categoryId, "Category " + categoryId));
        category.routeTo(existingQueue(queue));
        return new TicketViews.Route(category.id(), category.queueCode());
    }

    /** Every leaf category (where tickets are opened) with the queue its new tickets go to. */
    @Transactional
    public List<TicketViews.RoutingRule> routingRules(boolean english) {
        return catalog.categories().stream()
                .filter(c -> !catalog.hasChildren(c.id()))
                .map(c -> new TicketViews.RoutingRule(
                        c.id(), categories.reference(c.id(), english).path(), c.kind(), c.queueCode()))
                .toList();
    }

    private String existingQueue(String queue) {
        if (!desk.queueExists(queue)) {
            throw ProblemException.notFound("la cola " + queue, "Queue " + queue);
        }
        return queue;
    }

    private CannedResponse existingCannedResponse(String id) {
        return desk.cannedResponse(id)
                .orElseThrow(() -> ProblemException.notFound("la respuesta predefinida", "The canned response"));
    }

    private void requireUniqueTitle(CannedResponse response) {
        desk.cannedResponseTitled(response.title())
                .filter(other -> !other.id().equals(response.id()))
                .ifPresent(other -> {
                    throw new ProblemException(
                            ProblemType.CONFLICT,
                            "Ya hay una respuesta predefinida con ese título.",
                            "There is already a canned response with that title.");
                });
    }

    private static TicketViews.CannedResponse view(CannedResponse response) {
        return new TicketViews.CannedResponse(response.id(), response.title(), response.body(), response.updatedAt());
    }
}
