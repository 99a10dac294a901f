package io.andes.bench;

import io.andes.core.domain.tenant.Country;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the renewal benchmark's {@code i}-th subscription holds, the same on every run: a Chilean or Colombian tenant
 * (alternating) on one of the three plans, 2 to 4 add-ons, every twentieth with one add-on lowered from the renewal
 * (its limit changes when it renews), every fifth with one or two prorated pending charges; periods that ended one to
 * three days before {@code today} on a day of the month up to the 28th. Each renews exactly once.
 */
record RenewalFixture(int index, LocalDate today) {

    static final List<String> PLANS = List.of("basico", "profesional", "empresa");
    /** The catalog's add-ons (V12); priority support is held at most once. */
    static final List<String> ADD_ONS = List.of("extra-user", "dte-pack", "worker", "legal-entity", "priority-support");

    static final String PRIORITY_SUPPORT = "priority-support";

    /** One add-on held: the quantity now and from the renewal. */
    record Held(String code, int quantity, int renewalQuantity) {}

    /** A prorated charge waiting for the renewal, for one held add-on. */
    record Charge(String addOnCode, long amount) {}

    String tenant() {
        return "renew-%06d".formatted(index);
    }

    Country country() {
        return index % 2 == 0 ? Country.CO : Country.CL;
    }

    String plan() {
        return PLANS.get(index % PLANS.size());
    }

    LocalDate periodEnd() {
        LocalDate end = today.minusDays(1 + index % 3);
        return end.getDayOfMonth() > 28 ? end.withDayOfMonth(28) : end;
    }

    LocalDate periodStart() {
        return periodEnd().minusMonths(1);
    }

    List<Held> addOns() {
        int count = 2 + index % 3;
        List<Held> held = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String code = ADD_ONS.get((index + k) % ADD_ONS.size());
            int quantity = PRIORITY_SUPPORT.equals(code) ? 1 : 1 + (index * 7 + k) % 5;
            boolean lowered = k == 0 && index % 20 == 0;
            held.add(new Held(code, quantity, lowered ? quantity - 1 : quantity));
        }
        return held;
    }

    List<Charge> charges() {
        if (index % 5 != 0) {
            return List.of();
        }
        List<Held> held = addOns();
        int count = 1 + index % 2;
        List<Charge> charges = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            charges.add(new Charge(held.get(k).code(), 1_000L + index % 9_000));
        }
        return charges;
    }

    /** How many quotas the renewal changes: one per add-on with a quota whose quantity changes. */
    int expectedQuotaChanges() {
        return (int) addOns().stream()
                .filter(h -> h.renewalQuantity() != h.quantity() && !PRIORITY_SUPPORT.equals(h.code()))
                .count();
    }

    /** The renewal invoice's lines: the plan, each add-on that renews with at least one unit, each pending charge. */
    int expectedLines() {
        return 1
                + (int) addOns().stream().filter(h -> h.renewalQuantity() > 0).count()
                + charges().size();
    }
}
