package io.andes.admin;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.DeskSetup;
import io.andes.ticketing.application.QueueSetup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "Enrutamiento": which queue each leaf category's new tickets go to; platform admins change it row by row. */
@Named("routingView")
@ViewScoped
public class RoutingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskSetup setup;

    @Inject
    QueueSetup queues;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleMessages messages;

    private final Map<Long, String> chosen = new HashMap<>();
    private transient List<TicketViews.RoutingRule> rules;

    public List<TicketViews.RoutingRule> getRules() {
        if (rules == null) {
            rules = setup.routingRules(language.isEnglish());
            rules.forEach(rule -> chosen.putIfAbsent(rule.categoryId(), rule.queue()));
        }
        return rules;
    }

    /** Every queue of the desk, those added in "Catálogo" included. */
    public List<CatalogAdminViews.Queue> getQueues() {
        return queues.queues();
    }

    public Map<Long, String> getChosen() {
        return chosen;
    }

    public void save(long categoryId) {
        try {
            TicketViews.Route route = setup.route(categoryId, chosen.get(categoryId));
            messages.info("routing.saved", route.queue());
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
        rules = null;
    }
}
