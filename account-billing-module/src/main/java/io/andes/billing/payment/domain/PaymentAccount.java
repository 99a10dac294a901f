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
            this.autoPay = false;
        }
        this.gateway = gateway;
        this.customerId = customerId;
        this.updatedAt = now;
    }

    /** A card saved through the gateway's setup checkout; turns automatic payment on (the tenant may turn it off). */
    public void cardSaved(String cardRef, String label, Instant now) {
        this.cardRef = cardRef;
        this.cardLabel = label;
        this.autoPay = true;
        this.updatedAt = now;
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

    public boolean autoPay() {
        return autoPay && cardRef != null;
    }
}
