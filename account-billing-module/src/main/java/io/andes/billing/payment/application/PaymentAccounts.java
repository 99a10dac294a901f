package io.andes.billing.payment.application;

import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.domain.PaymentAccount;
import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.billing.payment.domain.SavedCard;
import io.andes.core.api.TenantSummary;
import io.andes.core.infrastructure.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * "Mis tarjetas / Pago automático": the tenant's customer at the gateway (created once, on first need), the card on
 * file saved through the gateway's setup checkout, and automatic payment of renewals on or off.
 */
@ApplicationScoped
public class PaymentAccounts {

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentContext context;

    @Inject
    BillingCalendar calendar;

    @Inject
    Transactions transactions;

    public PaymentViews.Account view() {
        return transactions.required(() -> {
            String gateway = context.gateway().id();
            return payments.account()
                    .map(account -> view(account, gateway))
                    .orElseGet(() -> new PaymentViews.Account(null, null, false, gateway, isSandbox(gateway)));
        });
    }

    /** A setup checkout that saves a card; the card is on file once the gateway confirms it. */
    public PaymentViews.Checkout saveCard() {
        return transactions.requiresNew(() -> {
            PaymentGateway gateway = context.gateway();
            String customer = customer(gateway);
            TenantSummary tenant = calendar.tenant();
            PaymentGateway.Checkout checkout = gateway.saveCard(
                    customer,
                    Map.of(
                            "tenant",
                            tenant.id().value(),
                            "purpose",
                            "card",
                            "currency",
                            tenant.currency().getCurrencyCode()),
                    context.returnUrl("tarjeta"),
                    context.returnUrl("cancelado"),
                    "andes-setup-" + UUID.randomUUID());
            context.audit("payment.card-checkout", tenant.id().value(), checkout.id());
            return new PaymentViews.Checkout(null, null, "PENDING", null, null, checkout.url());
        });
    }

    public PaymentViews.Account autoPay(boolean on) {
        return transactions.requiresNew(() -> {
            PaymentAccount account = payments.lockAccount(context.gateway().id(), context.now());
            account.autoPay(on, context.now());
            context.audit(
                    "payment.auto-pay", on ? "on" : "off", account.cardLabel().orElse(""));
            return view(account, account.gateway());
        });
    }

    /**
     * The gateway confirmed a saved card, with its details when the gateway gave them ({@code label} names it
     * otherwise), in the caller's transaction, bound to the tenant.
     */
    public void cardSaved(String gateway, String cardRef, SavedCard card, String label) {
        PaymentAccount account = payments.lockAccount(gateway, context.now());
        account.cardSaved(cardRef, card, label, context.now());
        context.audit("payment.card-saved", account.cardLabel().orElse(label), gateway);
    }

    /** The tenant's customer at {@code gateway}, created there once (the account row is locked meanwhile). */
    String customer(PaymentGateway gateway) {
        PaymentAccount account = payments.lockAccount(gateway.id(), context.now());
        return account.customerAt(gateway.id()).orElseGet(() -> {
            TenantSummary tenant = calendar.tenant();
            String id = gateway.createCustomer(
                    tenant.id().value(),
                    tenant.legalName(),
                    null,
                    "andes-customer-" + tenant.id().value() + "-" + gateway.id());
            account.customerCreated(gateway.id(), id, context.now());
            return id;
        });
    }

    private static PaymentViews.Account view(PaymentAccount account, String gateway) {
        return new PaymentViews.Account(
                account.cardLabel().orElse(null),
                account.savedCard()
                        .map(card -> new PaymentViews.SavedCard(
                                card.brand(), card.brandName(), card.last4(), card.expMonth(), card.expYear()))
                        .orElse(null),
                account.autoPay(),
                gateway,
                isSandbox(gateway));
    }

    private static boolean isSandbox(String gateway) {
        return PaymentGateways.SANDBOX.equals(gateway);
    }
}
