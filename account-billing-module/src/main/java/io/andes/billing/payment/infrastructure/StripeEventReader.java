package io.andes.billing.payment.infrastructure;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.SetupIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import io.andes.billing.payment.domain.GatewayEvent;
import io.andes.billing.payment.domain.GatewayEvent.Kind;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a Stripe webhook: the signature is checked with the endpoint's secret and a tolerance of five minutes on the
 * injected clock (a tampered body or a stale timestamp is a 400 and changes nothing); an event written for another
 * API version is read anyway ({@code deserializeUnsafe}), since we only take ids, statuses and metadata from it.
 */
@ApplicationScoped
public class StripeEventReader {

    private static final long TOLERANCE_SECONDS = 300;

    @Inject
    @ConfigProperty(name = "andes.stripe.webhook-secret")
    Optional<String> secret;

    @Inject
    Clock clock;

    public GatewayEvent read(String payload, String signature) {
        Event event = verified(payload, signature);
        StripeObject object = object(event.getDataObjectDeserializer());
        String id = event.getId();
        String type = event.getType();
        if (object instanceof Session session
                && "checkout.session.completed".equals(type)
                && "payment".equals(session.getMode())
                && "paid".equals(session.getPaymentStatus())) {
            return of(id, type, Kind.PAID, session.getMetadata(), session.getPaymentIntent(), null);
        }
        if (object instanceof Session session
                && "checkout.session.expired".equals(type)
                && "payment".equals(session.getMode())) {
            return of(id, type, Kind.EXPIRED, session.getMetadata(), session.getId(), null);
        }
        if (object instanceof PaymentIntent intent && "payment_intent.succeeded".equals(type)) {
            return of(id, type, Kind.PAID, intent.getMetadata(), intent.getId(), null);
        }
        if (object instanceof PaymentIntent intent && "payment_intent.payment_failed".equals(type)) {
            return of(id, type, Kind.FAILED, intent.getMetadata(), intent.getId(), failure(intent));
        }
        if (object instanceof SetupIntent intent && "setup_intent.succeeded".equals(type)) {
            return of(id, type, Kind.CARD_SAVED, intent.getMetadata(), intent.getPaymentMethod(), null);
        }
        if (object instanceof Charge charge && "charge.refunded".equals(type)) {
            GatewayEvent refunded = of(id, type, Kind.REFUNDED, charge.getMetadata(), charge.getPaymentIntent(), null);
            return new GatewayEvent(
                    id,
                    type,
                    Kind.REFUNDED,
                    refunded.tenant(),
                    refunded.paymentId(),
                    refunded.gatewayPaymentId(),
                    null,
                    charge.getAmountRefunded());
        }
        return GatewayEvent.ignored(id, type);
    }

    private Event verified(String payload, String signature) {
        String key = secret.filter(value -> !value.isBlank())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "Los webhooks de Stripe no están configurados.",
                        "Stripe webhooks are not configured."));
        try {
            return Webhook.constructEvent(payload, signature == null ? "" : signature, key, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException | RuntimeException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "La firma del evento no es válida o es antigua; no se aplicó nada.",
                    "The event signature is invalid or stale; nothing was applied.",
                    Map.of("reason", "bad-signature"));
        }
    }

    private static StripeObject object(EventDataObjectDeserializer data) {
        try {
            return data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            return null;
        }
    }

    private static GatewayEvent of(
            String id, String type, Kind kind, Map<String, String> metadata, String gatewayId, String detail) {
        Map<String, String> meta = metadata == null ? Map.of() : metadata;
        return new GatewayEvent(id, type, kind, meta.get("tenant"), meta.get("payment"), gatewayId, detail);
    }

    private static String failure(PaymentIntent intent) {
        return intent.getLastPaymentError() == null
                        || intent.getLastPaymentError().getMessage() == null
                ? "Pago rechazado"
                : "Pago rechazado: " + intent.getLastPaymentError().getMessage();
    }
}
