package io.andes.ticketing.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.SupportQueues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The agents' ticket list across tenants, in working order (urgent, then the priority tier, then the earliest due),
 * and the overview of open tickets. Billing staff see the administrative queue only; advisors nothing.
 */
@Path("v1/support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN, Roles.BILLING_STAFF})
public class SupportQueuesResource {

    @Inject
    SupportQueues queues;

    @Inject
    CurrentUser user;

    @GET
    @Path("tickets")
    public Page<TicketViews.QueueItem> list(
            @QueryParam("queue") String queue,
            @QueryParam("status") String status,
            @QueryParam("priority") String priority,
            @QueryParam("assignee") String assignee,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return queues.list(
                DeskFilters.query(queue, status, priority, assignee, user.username()), PageRequest.of(page, size));
    }

    @GET
    @Path("overview")
    public TicketViews.DeskOverview overview() {
        return queues.overview();
    }
}
