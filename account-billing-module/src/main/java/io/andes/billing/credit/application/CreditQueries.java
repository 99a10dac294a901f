package io.andes.billing.credit.application;

import io.andes.billing.credit.api.CreditViews;
import io.andes.billing.credit.domain.CreditLedger;
import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The bound tenant's credit notes and credit balance ("Cuenta y Facturación"). */
@ApplicationScoped
public class CreditQueries {

    static final int RECENT_ENTRIES = 20;

    @Inject
    CreditLedger ledger;

    @Inject
    CreditPresenter presenter;

    @Inject
    BillingCalendar calendar;

    @Transactional
    public Page<CreditViews.CreditNote> notes(PageRequest page) {
        return new Page<>(
                ledger.notes(page.offset(), page.size()).stream()
                        .map(presenter::note)
                        .toList(),
                page.page(),
                page.size(),
                ledger.countNotes());
    }

    @Transactional
    public CreditViews.Balance balance() {
        String currency = calendar.tenant().currency().getCurrencyCode();
        return new CreditViews.Balance(
                currency,
                ledger.balance(currency),
                ledger.entries(0, RECENT_ENTRIES).stream()
                        .map(CreditPresenter::entry)
                        .toList());
    }
}
