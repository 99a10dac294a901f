package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.store.api.StoreSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** "Cuenta y Facturación": the plan with usage against limits, the next renewal and its invoice, the billing data. */
@ApplicationScoped
public class AccountQueries {

    @Inject
    StoreSubscriptions subscriptions;

    @Inject
    InvoiceQueries invoices;

    @Inject
    BillingDataUseCases billingData;

    public BillingViews.Account account(boolean english) {
        var subscription = subscriptions.view(english);
        BillingViews.Draft next = invoices.nextInvoice();
        return new BillingViews.Account(subscription, next.renewalDate(), next, billingData.view());
    }
}
