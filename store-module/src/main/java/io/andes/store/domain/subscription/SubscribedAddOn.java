package io.andes.store.domain.subscription;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.domain.catalog.AddOn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * How many units of one add-on a tenant's subscription holds now and from the next renewal. Buying raises both at
 * once; lowering changes only the renewal quantity. Neither exceeds the add-on's maximum.
 */
@Entity
@Table(name = "subscription_addon")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class SubscribedAddOn {

    @Id
    @Column(name = "addon_code", length = 40)
    private String addOnCode;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "renewal_quantity", nullable = false)
    private int renewalQuantity;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SubscribedAddOn() {}

    public SubscribedAddOn(AddOn addOn, Instant now) {
        this.addOnCode = addOn.code();
        this.updatedAt = now;
    }

    /** Activates {@code more} units now; they renew too. */
    public void buy(AddOn addOn, int more, Instant now) {
        requireWithinMaximum(addOn, (long) Math.max(quantity, renewalQuantity) + more);
        quantity += more;
        renewalQuantity += more;
        updatedAt = now;
    }

    /** Sets the quantity that applies from the next renewal; the running period keeps what it has. */
    public void renewWith(AddOn addOn, int newQuantity, Instant now) {
        if (newQuantity < 0) {
            throw new IllegalArgumentException("A quantity is not negative");
        }
        requireWithinMaximum(addOn, newQuantity);
        renewalQuantity = newQuantity;
        updatedAt = now;
    }

    /**
     * The renewal: the quantity that applies from the next renewal becomes the active one. Answers by how many units
     * the active quantity changed (negative when lowered).
     */
    public int renew(Instant now) {
        int change = renewalQuantity - quantity;
        quantity = renewalQuantity;
        updatedAt = now;
        return change;
    }

    private static void requireWithinMaximum(AddOn addOn, long wanted) {
        if (wanted > addOn.maxQuantity()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "La suscripción admite como máximo " + addOn.maxQuantity() + " de «" + addOn.name(false) + "».",
                    "The subscription allows at most " + addOn.maxQuantity() + " of \"" + addOn.name(true) + "\".",
                    Map.of("product", addOn.code(), "maxQuantity", addOn.maxQuantity()));
        }
    }

    public String addOnCode() {
        return addOnCode;
    }

    public int quantity() {
        return quantity;
    }

    public int renewalQuantity() {
        return renewalQuantity;
    }
}
