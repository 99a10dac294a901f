package io.andes.admin;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.web.PagedModel;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.SupportQueues;
import io.andes.ticketing.domain.ticket.DeskQuery;
import io.andes.ticketing.domain.ticket.TicketPriority;
import io.andes.ticketing.domain.ticket.TicketStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;

/**
 * "Tickets": the agents' list across tenants, urgent first, then the priority tier, then the earliest due; filtered
 * by queue, status, priority and "mine". Filters come as GET parameters, so a filtered list can be bookmarked.
 */
@Named("deskListView")
@ViewScoped
public class DeskListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportQueues queues;

    @Inject
    CurrentUser user;

    @Inject
    ConsoleMessages messages;

    private String queue;
    private String status;
    private String priority;
    private boolean mine;
    private transient PagedModel<TicketViews.QueueItem> model;

    public PagedModel<TicketViews.QueueItem> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, item -> item.tenant() + "/" + item.number());
        }
        return model;
    }

    private Page<TicketViews.QueueItem> page(PageRequest request) {
        try {
            return queues.list(query(), request);
        } catch (ProblemException problem) {
            messages.problem(problem);
            return PagedModel.empty(request);
        }
    }

    /** A filter value that is not one of the choices (a hand-edited address) is left out, not an error page. */
    private DeskQuery query() {
        TicketStatus chosen = known(TicketStatus.class, status);
        return new DeskQuery(
                queue == null || queue.isBlank() ? null : queue,
                chosen == null ? DeskQuery.OPEN : Set.of(chosen),
                known(TicketPriority.class, priority),
                mine ? user.username() : null);
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
