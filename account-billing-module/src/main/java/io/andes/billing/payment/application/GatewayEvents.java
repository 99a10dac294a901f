package io.andes.billing.payment.application;

import io.andes.billing.payment.domain.GatewayEvent;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.billing.payment.domain.SavedCard;
import io.andes.core.api.TenantDirectory;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies a verified gateway event to the tenant named in its metadata, once: the event id is recorded in the same
 * transaction as its effect (a replay finds it and changes nothing, a failure records nothing so the gateway's retry
 * applies it). Effects never go backwards (a late failure after a success is ignored), so order does not matter.
 * Events about nothing of ours, or of unknown types, are acknowledged and ignored.
 */
@ApplicationScoped
public class GatewayEvents {

    private static final Logger LOG = Logger.getLogger(GatewayEvents.class.getName());

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentAccounts accounts;

    @Inject
    PaymentGateways gateways;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantBinding binding;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    /** Answers whether the event changed anything. */
    public boolean receive(String gateway, GatewayEvent event) {
        if (event.kind() == GatewayEvent.Kind.IGNORED
                || event.tenant() == null
                || !TenantId.isValid(event.tenant())
                || tenants.find(new TenantId(event.tenant())).isEmpty()) {
            LOG.log(java.util.logging.Level.FINE, "Gateway event {0} ({1}) ignored", new Object[] {
                event.id(), event.type()
            });
            return false;
        }
        // asked before the transaction opens, so no row stays locked while the gateway answers; a failure is a 503
        // and the gateway delivers the event again
        Optional<SavedCard> card = event.kind() == GatewayEvent.Kind.CARD_SAVED
                ? gateways.byId(gateway).savedCard(event.gatewayPaymentId())
                : Optional.empty();
        return binding.callAs(
                new TenantId(event.tenant()),
                () -> transactions.requiresNew(
                        () -> payments.firstDelivery(event.id(), event.type(), event.tenant(), clock.instant())
                                && apply(gateway, event, card)));
    }

    private boolean apply(String gateway, GatewayEvent event, Optional<SavedCard> card) {
        if (event.kind() == GatewayEvent.Kind.CARD_SAVED) {
            accounts.cardSaved(gateway, event.gatewayPaymentId(), card.orElse(null), "Tarjeta guardada en Stripe");
            return true;
        }
        if (event.paymentId() == null) {
            return false;
        }
        return switch (event.kind()) {
            case PAID -> settlement.succeeded(event.paymentId(), event.gatewayPaymentId(), null);
            case FAILED -> settlement.failed(event.paymentId(), event.detail());
            case EXPIRED -> settlement.expired(event.paymentId());
            case REFUNDED -> settlement.refundedAtGateway(event.paymentId(), event.refundedMinor());
            default -> false;
        };
    }
}
