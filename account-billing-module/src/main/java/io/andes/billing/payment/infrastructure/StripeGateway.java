package io.andes.billing.payment.infrastructure;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.SavedCard;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stripe through its Java SDK: Checkout in payment mode (pay now) and setup mode (card on file), PaymentIntents
 * confirmed off-session (renewals, urgent support), refunds of a PaymentIntent, the saved card's details. The SDK
 * retries network errors and 5xx answers with the same idempotency key, so Stripe answers the retry with the object of
 * the first attempt; before an off-session charge Stripe's search looks for one already made for the same payment.
 */
final class StripeGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());

    private final StripeClient client;

    StripeGateway(StripeClient client) {
        this.client = client;
    }

    @Override
    public String id() {
        return StripeGatewayFactory.ID;
    }

    @Override
    public String createCustomer(String tenantCode, String name, String email, String idempotencyKey) {
        CustomerCreateParams params = CustomerCreateParams.builder()
                .setName(name)
                .setEmail(email)
                .putMetadata("tenant", tenantCode)
                .build();
        return call(() ->
                client.v1().customers().create(params, key(idempotencyKey)).getId());
    }

    @Override
    public Checkout checkout(Charge charge, String successUrl, String cancelUrl) {
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCustomer(charge.customerId())
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .putAllMetadata(charge.metadata())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setDescription(charge.description())
                        .putAllMetadata(charge.metadata())
                        .build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(charge.currency().toLowerCase())
                                .setUnitAmount(charge.amount())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(charge.description())
                                        .build())
                                .build())
                        .build())
                .build();
        return call(() -> session(client.v1().checkout().sessions().create(params, key(charge.idempotencyKey()))));
    }

    @Override
    public Checkout saveCard(
            String customerId, Map<String, String> metadata, String successUrl, String cancelUrl, String key) {
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SETUP)
                .setCustomer(customerId)
                .setCurrency(metadata.getOrDefault("currency", "usd").toLowerCase())
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .putAllMetadata(metadata)
                .setSetupIntentData(SessionCreateParams.SetupIntentData.builder()
                        .putAllMetadata(metadata)
                        .build())
                .build();
        return call(() -> session(client.v1().checkout().sessions().create(params, key(key))));
    }

    @Override
    public OffSessionResult chargeSavedCard(Charge charge, String cardRef) {
        String payment = charge.metadata().get(PAYMENT_METADATA);
        Optional<PaymentIntent> earlier = succeededFor(payment);
        if (earlier.isPresent()) {
            return adopted(earlier.get());
        }
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(charge.amount())
                .setCurrency(charge.currency().toLowerCase())
                .setCustomer(charge.customerId())
                .setPaymentMethod(cardRef)
                .setDescription(charge.description())
                .putAllMetadata(charge.metadata())
                .setConfirm(true)
                .setOffSession(true)
                .build();
        try {
            PaymentIntent intent = client.v1().paymentIntents().create(params, key(charge.idempotencyKey()));
            boolean paid = "succeeded".equals(intent.getStatus());
            return new OffSessionResult(paid, intent.getId(), paid ? null : "estado " + intent.getStatus());
        } catch (CardException e) {
            return new OffSessionResult(false, null, declined(e));
        } catch (IdempotencyException e) {
            // the key was used with other parameters: whatever it charged is found by our payment id, or nothing is
            return succeededFor(payment).map(StripeGateway::adopted).orElseThrow(() -> unavailable(e));
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    /**
     * The succeeded PaymentIntent Stripe already has for our payment (a charge made before a crash or rollback on our
     * side); Stripe's search finds it by the {@code andes_payment} metadata.
     */
    private Optional<PaymentIntent> succeededFor(String payment) {
        if (payment == null || !payment.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        PaymentIntentSearchParams params = PaymentIntentSearchParams.builder()
                .setQuery("metadata['" + PAYMENT_METADATA + "']:'" + payment + "'")
                .build();
        return call(() -> client.v1().paymentIntents().search(params).getData().stream()
                .filter(intent -> "succeeded".equals(intent.getStatus()))
                .findFirst());
    }

    private static OffSessionResult adopted(PaymentIntent intent) {
        LOG.log(Level.INFO, "Stripe had already charged {0}; adopted instead of charging again", intent.getId());
        return new OffSessionResult(true, intent.getId(), null);
    }

    @Override
    public Optional<SavedCard> savedCard(String cardRef) {
        PaymentMethod method = call(() -> client.v1().paymentMethods().retrieve(cardRef));
        PaymentMethod.Card card = method.getCard();
        if (card == null || card.getLast4() == null || card.getExpMonth() == null || card.getExpYear() == null) {
            return Optional.empty();
        }
        return Optional.of(new SavedCard(
                card.getBrand() == null ? "unknown" : card.getBrand(),
                card.getLast4(),
                card.getExpMonth().intValue(),
                card.getExpYear().intValue()));
    }

    @Override
    public String refund(Refund refund) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(refund.gatewayPaymentId())
                .setAmount(refund.amount())
                .putAllMetadata(refund.metadata())
                .build();
        try {
            return client.v1()
                    .refunds()
                    .create(params, key(refund.idempotencyKey()))
                    .getId();
        } catch (InvalidRequestException e) {
            // Stripe refuses this refund (e.g. more than is left of the charge): retrying will not help
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Stripe rechazó la devolución: " + e.getStripeError().getMessage(),
                    "Stripe refused the refund: " + e.getStripeError().getMessage());
        } catch (StripeException e) {
            LOG.log(Level.WARNING, "Stripe refund failed: {0} {1}", new Object[] {e.getStatusCode(), e.getCode()});
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "Stripe no respondió a la devolución (HTTP " + e.getStatusCode() + "); se intentará de nuevo.",
                    "Stripe did not answer the refund (HTTP " + e.getStatusCode() + "); it will be tried again.");
        }
    }

    @Override
    public Optional<String> refundMadeFor(String gatewayPaymentId, String refundRequestId) {
        RefundListParams params = RefundListParams.builder()
                .setPaymentIntent(gatewayPaymentId)
                .setLimit(100L)
                .build();
        try {
            for (com.stripe.model.Refund refund :
                    client.v1().refunds().list(params).autoPagingIterable()) {
                if (refundRequestId.equals(refund.getMetadata().get(REFUND_METADATA))
                        && !"failed".equals(refund.getStatus())
                        && !"canceled".equals(refund.getStatus())) {
                    return Optional.of(refund.getId());
                }
            }
            return Optional.empty();
        } catch (StripeException e) {
            throw unavailable(
                    e,
                    "Stripe no respondió; no se puede saber si ya devolvió esta solicitud a la tarjeta. Intente de"
                            + " nuevo en unos minutos.",
                    "Stripe did not answer; whether it already refunded this request to the card cannot be told. Try"
                            + " again in a few minutes.");
        }
    }

    private static String declined(CardException e) {
        return "Tarjeta rechazada" + (e.getDeclineCode() == null ? "" : " (" + e.getDeclineCode() + ")");
    }

    private static Checkout session(Session session) {
        return new Checkout(
                session.getId(),
                session.getUrl(),
                session.getExpiresAt() == null ? null : Instant.ofEpochSecond(session.getExpiresAt()));
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    /** A Stripe call whose failure (after the SDK's own retries) changes nothing on our side: a clear 503. */
    private static <T> T call(StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(StripeException e) {
        return unavailable(
                e,
                "El procesador de pagos no respondió; no se cobró nada. Intente de nuevo en unos minutos.",
                "The payment processor did not answer; nothing was charged. Try again in a few minutes.");
    }

    private static ProblemException unavailable(StripeException e, String spanish, String english) {
        LOG.log(Level.WARNING, "Stripe call failed: {0} {1}", new Object[] {e.getStatusCode(), e.getCode()});
        return new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE, spanish, english, Map.of("reason", "gateway-unavailable"));
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }
}
