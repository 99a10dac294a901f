package io.andes.portal;

import io.andes.billing.credit.application.UrgentSupport;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.util.UUID;

/**
 * "Soporte urgente" on a ticket's page, offered to the company's administrators while the ticket is open and not
 * urgent yet: its catalog price, added to the next renewal. The page keeps one Idempotency-Key, so a second click
 * buys nothing twice.
 */
@Named("urgentSupportView")
@ViewScoped
public class UrgentSupportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UrgentSupport urgentSupport;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    PortalFormats formats;

    @Inject
    PortalMessages messages;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private transient String price;

    public boolean offered(TicketViews.Ticket ticket) {
        return ticket != null
                && user.get().hasRole(Roles.TENANT_ADMIN)
                && !TicketStatusTag.finished(ticket.status())
                && !"URGENT".equals(ticket.sla().priority())
                && getPrice() != null;
    }

    /** The price as the page shows it; none when the catalog has no price in the company's currency. */
    public String getPrice() {
        if (price == null) {
            try {
                price = formats.money(urgentSupport.price());
            } catch (ProblemException unpriced) {
                return null;
            }
        }
        return price;
    }

    /** Buys it for the ticket and shows the ticket again, urgent. */
    public String buy(String number) {
        try {
            urgentSupport.buy(number, idempotencyKey, null);
            messages.info("urgent.bought", number);
            messages.keepForRedirect();
            return "/portal/ticket.xhtml?faces-redirect=true&numero=" + number;
        } catch (ProblemException problem) {
            messages.problem(problem);
            return null;
        }
    }
}
