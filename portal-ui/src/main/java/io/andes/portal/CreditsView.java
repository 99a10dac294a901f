package io.andes.portal;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.application.CreditQueries;
import io.andes.core.api.PageRequest;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The company's credit balance and credit notes on the account page ("Cuenta y Facturación", administrators): what the
 * next invoice will deduct, and every credit note with its reason, claim ticket and invoice.
 */
@Named("creditsView")
@ViewScoped
public class CreditsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditQueries credits;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    PortalFormats formats;

    private transient CreditViews.Balance balance;
    private transient List<CreditViews.CreditNote> notes;

    public CreditViews.Balance getBalance() {
        if (balance == null && isAdministrator()) {
            balance = credits.balance();
        }
        return balance;
    }

    public List<CreditViews.CreditNote> getNotes() {
        if (notes == null) {
            notes = isAdministrator() ? credits.notes(new PageRequest(0, 50)).items() : List.of();
        }
        return notes;
    }

    public String money(BigDecimal amount, String currency) {
        return formats.money(amount, currency);
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    private boolean isAdministrator() {
        return user.get().hasRole(Roles.TENANT_ADMIN);
    }
}
