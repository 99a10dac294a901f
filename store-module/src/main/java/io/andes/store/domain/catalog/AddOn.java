package io.andes.store.domain.catalog;

import io.andes.core.api.EntitlementType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * An add-on on sale: each unit bought raises one quota by {@link #unitsPerQuantity()} (an additional user, a pack of
 * 100 DTE a month) or raises the support tier. A tenant holds at most {@link #maxQuantity()} of it.
 */
@Entity
@Table(name = "store_addon")
public class AddOn {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_es", nullable = false)
    private String spanishName;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement_type", length = 32)
    private EntitlementType entitlementType;

    @Column(name = "units_per_quantity", nullable = false)
    private int unitsPerQuantity;

    @Column(name = "max_quantity", nullable = false)
    private int maxQuantity;

    @Column(name = "support_tier", length = 16)
    private String supportTier;

    @Column(name = "position", nullable = false)
    private int position;

    protected AddOn() {}

    public AddOn(String code, String spanishName, EntitlementType type, int unitsPerQuantity, int maxQuantity) {
        this.code = code;
        this.spanishName = spanishName;
        this.englishName = spanishName;
        this.entitlementType = type;
        this.unitsPerQuantity = unitsPerQuantity;
        this.maxQuantity = maxQuantity;
    }

    public String code() {
        return code;
    }

    public String name(boolean english) {
        return english ? englishName : spanishName;
    }

    /** The quota this add-on raises; none for an add-on that raises the support tier. */
    public Optional<EntitlementType> entitlementType() {
        return Optional.ofNullable(entitlementType);
    }

    public int unitsPerQuantity() {
        return unitsPerQuantity;
    }

    public int maxQuantity() {
        return maxQuantity;
    }

    public Optional<String> supportTier() {
        return Optional.ofNullable(supportTier);
    }

    public int position() {
        return position;
    }
}
