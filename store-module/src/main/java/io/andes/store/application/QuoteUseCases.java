package io.andes.store.application;

import io.andes.core.api.TenantSummary;
import io.andes.core.infrastructure.Transactions;
import io.andes.store.api.StoreViews;
import io.andes.store.domain.quote.Quote;
import io.andes.store.domain.subscription.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Prices a basket for the bound tenant as of today in its time zone; nothing is stored. */
@ApplicationScoped
public class QuoteUseCases {

    @Inject
    Subscriptions subscriptions;

    @Inject
    Pricing pricing;

    @Inject
    StoreCalendar calendar;

    @Inject
    StorePresenter presenter;

    @Inject
    Transactions transactions;

    public StoreViews.Quote quote(Basket basket, boolean english) {
        subscriptions.ensure();
        return transactions.required(() -> {
            TenantSummary tenant = calendar.tenant();
            Subscription subscription = subscriptions.current();
            Quote quote = pricing.quote(basket, subscription, tenant, calendar.today(tenant));
            return presenter.quote(quote, subscription.period().name(), english);
        });
    }
}
