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
 * urgent yet: its catalog price, added to the next renewal or charged now to the card on file. The page keeps one
 * Idempotency-Key, so a second click buys nothing twice; after a refusal (no card, a declined card) it takes a new
 * one, so the next try is a new attempt.
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

    private String idempotencyKey = UUID.randomUUID().toString();
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

    /** Buys it for the ticket on the next renewal and shows the ticket again, urgent. */
    public String buy(String number) {
        return buy(number, null);
    }

    /** Buys it for the ticket charged to the card now ({@code CHARGE_NOW}) or on the renewal ({@code null}). */
    public String buy(String number, String mode) {
        try {
            urgentSupport.buy(number, idempotencyKey, mode);
            messages.info("urgent.bought", number);
            messages.keepForRedirect();
            return "/portal/ticket.xhtml?faces-redirect=true&numero=" + number;
        } catch (ProblemException problem) {
            idempotencyKey = UUID.randomUUID().toString();
            messages.problem(problem);
            return null;
        }
    }
}
