package io.andes.billing.payment.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The tenant's account at the payment gateway (one per tenant): its customer, the card on file and whether renewal
 * invoices are charged to it automatically. Automatic payment needs a card on file.
 */
@Entity
@Table(name = "payment_account")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class PaymentAccount {

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "gateway", nullable = false, length = 20)
    private String gateway;

    @Column(name = "customer_id", length = 100)
    private String customerId;

    @Column(name = "card_ref", length = 100)
    private String cardRef;

    @Column(name = "card_label", length = 100)
    private String cardLabel;

    @Column(name = "card_brand", length = 20)
    private String cardBrand;

    @Column(name = "card_last4", length = 4)
    private String cardLast4;

    @Column(name = "card_exp_month")
    private Integer cardExpMonth;

    @Column(name = "card_exp_year")
    private Integer cardExpYear;

    @Column(name = "auto_pay", nullable = false)
    private boolean autoPay;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PaymentAccount() {}

    public PaymentAccount(String gateway, Instant now) {
        this.id = 1;
        this.gateway = gateway;
        this.updatedAt = now;
    }

    /** The customer at {@code gateway}; a new gateway (configuration changed) starts a new customer. */
    public Optional<String> customerAt(String gateway) {
        return gateway.equals(this.gateway) ? Optional.ofNullable(customerId) : Optional.empty();
    }

    public void customerCreated(String gateway, String customerId, Instant now) {
        if (!gateway.equals(this.gateway)) {
            this.cardRef = null;
            this.cardLabel = null;
            card(null);
            this.autoPay = false;
        }
        this.gateway = gateway;
        this.customerId = customerId;
        this.updatedAt = now;
    }

    /**
     * A card saved through the gateway's setup checkout, with what the gateway reports of it (null when it reported
     * nothing: {@code label} then names it); turns automatic payment on (the tenant may turn it off).
     */
    public void cardSaved(String cardRef, SavedCard card, String label, Instant now) {
        this.cardRef = cardRef;
        this.cardLabel = card == null ? label : card.label();
        card(card);
        this.autoPay = true;
        this.updatedAt = now;
    }

    private void card(SavedCard card) {
        this.cardBrand = card == null ? null : card.brand();
        this.cardLast4 = card == null ? null : card.last4();
        this.cardExpMonth = card == null ? null : card.expMonth();
        this.cardExpYear = card == null ? null : card.expYear();
    }

    public void autoPay(boolean on, Instant now) {
        if (on && cardRef == null) {
            throw new io.andes.core.problem.ProblemException(
                    io.andes.core.problem.ProblemType.CONFLICT,
                    "Agregue una tarjeta antes de activar el pago automático.",
                    "Add a card before turning automatic payment on.");
        }
        this.autoPay = on;
        this.updatedAt = now;
    }

    public String gateway() {
        return gateway;
    }

    public Optional<String> cardRef() {
        return Optional.ofNullable(cardRef);
    }

    public Optional<String> cardLabel() {
        return Optional.ofNullable(cardLabel);
    }

    /** The card on file's brand, last four digits and expiry, when the gateway reported them. */
    public Optional<SavedCard> savedCard() {
        return cardRef == null || cardBrand == null
                ? Optional.empty()
                : Optional.of(new SavedCard(cardBrand, cardLast4, cardExpMonth, cardExpYear));
    }

    public boolean autoPay() {
        return autoPay && cardRef != null;
    }
}
