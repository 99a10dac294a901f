package io.andes.billing.payment.infrastructure;

import io.andes.billing.payment.domain.PaymentGateway;
import io.andes.billing.payment.domain.SandboxCard;
import io.andes.billing.payment.domain.SavedCard;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local stand-in for Stripe (no keys, no network), clearly labelled as a sandbox wherever it shows: its hosted
 * checkout is a portal page that takes the test cards of {@link SandboxCard}. Like Stripe, an idempotency key always
 * answers the same checkout; the retry card fails its first automatic charge of an invoice and pays the next.
 */
@ApplicationScoped
class SandboxGateway implements PaymentGateway {

    static final String ID = "sandbox";
    /** The portal page that plays Stripe's hosted checkout. */
    static final String CHECKOUT_PAGE = "/portal/pago-sandbox.xhtml?sesion=";

    private final Set<String> retried = ConcurrentHashMap.newKeySet();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String createCustomer(String tenantCode, String name, String email, String idempotencyKey) {
        return "sbx_cus_" + tenantCode;
    }

    @Override
    public Checkout checkout(Charge charge, String successUrl, String cancelUrl) {
        return session("sbx_cs_", charge.idempotencyKey());
    }

    @Override
    public Checkout saveCard(
            String customerId, Map<String, String> metadata, String successUrl, String cancelUrl, String key) {
        return session("sbx_cs_setup_", key);
    }

    @Override
    public OffSessionResult chargeSavedCard(Charge charge, String cardRef) {
        SandboxCard card = SandboxCard.byRef(cardRef).orElse(SandboxCard.DECLINED);
        String paymentId = "sbx_pi_" + stable(charge.idempotencyKey());
        boolean pays = card == SandboxCard.PAYS
                || (card == SandboxCard.RETRY && !retried.add(charge.metadata().get("invoice")));
        if (pays) {
            return new OffSessionResult(true, paymentId, null);
        }
        return new OffSessionResult(
                false,
                null,
                card == SandboxCard.RETRY ? "Error de procesamiento (sandbox)" : "Tarjeta rechazada (sandbox)");
    }

    @Override
    public Optional<SavedCard> savedCard(String cardRef) {
        return SandboxCard.byRef(cardRef).map(SandboxCard::saved);
    }

    /** Always refunds; the same idempotency key answers the same refund id, like Stripe. */
    @Override
    public String refund(Refund refund) {
        return "sbx_re_" + stable(refund.idempotencyKey());
    }

    /** Nothing to find: the sandbox answers every refund call, so none is made without our knowing. */
    @Override
    public Optional<String> refundMadeFor(String gatewayPaymentId, String refundRequestId) {
        return Optional.empty();
    }

    private static Checkout session(String prefix, String key) {
        String id = prefix + stable(key);
        return new Checkout(id, CHECKOUT_PAGE + id, null);
    }

    private static String stable(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "");
    }
}
