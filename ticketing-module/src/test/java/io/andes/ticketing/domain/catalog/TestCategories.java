package io.andes.ticketing.domain.catalog;

import java.lang.reflect.Field;

/** Catalog categories for tests, as the vendor's catalog (read-only to the application) would hold them. */
public final class TestCategories {

    private TestCategories() {}

    public static TicketCategory leaf(long id, String kind, String queueCode) {
        try {
            var constructor = TicketCategory.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            TicketCategory category = constructor.newInstance();
            set(category, "id", id);
            set(category, "serviceCode", "erp");
            set(category, "queueCode", queueCode);
            set(category, "kind", kind);
            set(category, "nameEs", "Categoría " + id);
            set(category, "nameEn", "Category " + id);
            return category;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
