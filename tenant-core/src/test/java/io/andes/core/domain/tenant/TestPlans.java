package io.andes.core.domain.tenant;

import io.andes.core.api.EntitlementType;
import java.lang.reflect.Field;
import java.util.EnumMap;
import java.util.Map;

/** Plans for unit tests: Plan has no public constructor or setters (JPA loads it), so one is built reflectively. */
public final class TestPlans {

    private TestPlans() {}

    public static Plan plan(String code, String name, Map<EntitlementType, Integer> included) {
        try {
            var constructor = Plan.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Plan plan = constructor.newInstance();
            set(plan, "code", code);
            set(plan, "name", name);
            Map<EntitlementType, Integer> quotas = new EnumMap<>(EntitlementType.class);
            quotas.putAll(included);
            set(plan, "included", quotas);
            return plan;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a test plan", e);
        }
    }

    private static void set(Plan plan, String fieldName, Object value) throws ReflectiveOperationException {
        Field field = Plan.class.getDeclaredField(fieldName);
        field.setAccessible(true);
        field.set(plan, value);
    }
}
