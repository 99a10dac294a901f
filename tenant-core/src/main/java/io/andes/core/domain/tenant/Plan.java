package io.andes.core.domain.tenant;

import io.andes.core.api.EntitlementType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;

/** A commercial plan: the quantity of each entitlement it includes. Add-ons bought in the store come on top. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** The support tier the plan includes ({@code STANDARD} or {@code PRIORITARIO}); it picks the SLA policy. */
    @Column(name = "support_tier", nullable = false, length = 16)
    private String supportTier;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_quota", joinColumns = @JoinColumn(name = "plan_code"))
    @MapKeyColumn(name = "entitlement_type", length = 32)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "quantity", nullable = false)
    private Map<EntitlementType, Integer> included = new EnumMap<>(EntitlementType.class);

    protected Plan() {}

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String supportTier() {
        return supportTier;
    }

    /** The included quantity; a type the plan does not mention is not included (zero). */
    public int included(EntitlementType type) {
        return included.getOrDefault(type, 0);
    }
}
