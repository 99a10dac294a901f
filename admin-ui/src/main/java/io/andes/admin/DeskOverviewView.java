package io.andes.admin;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.SupportQueues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "Resumen": open tickets by queue and priority, and how many are at risk or breached. */
@Named("deskOverviewView")
@RequestScoped
public class DeskOverviewView {

    @Inject
    SupportQueues queues;

    @Inject
    ConsoleMessages messages;

    private TicketViews.DeskOverview overview;

    public TicketViews.DeskOverview getOverview() {
        if (overview == null) {
            try {
                overview = queues.overview();
            } catch (ProblemException problem) {
                messages.problem(problem);
                overview = new TicketViews.DeskOverview(List.of(), 0, 0, 0);
            }
        }
        return overview;
    }
}
