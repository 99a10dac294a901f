package io.andes.ticketing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.ticketing.domain.catalog.CategoryField;
import io.andes.ticketing.domain.catalog.FieldDefinition;
import io.andes.ticketing.domain.catalog.FieldType;
import io.andes.ticketing.domain.catalog.SupportService;
import io.andes.ticketing.domain.catalog.TestCategories;
import io.andes.ticketing.domain.catalog.TicketCategory;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSnapshotTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void answersTheLookUpsOfTheCatalogFromTheRowsReadOnce() throws ReflectiveOperationException {
        TicketCategory parent = TestCategories.leaf(1, "GENERAL", "SOPORTE");
        TicketCategory child = TestCategories.leaf(2, "GENERAL", "SOPORTE");
        set(child, TicketCategory.class, "parentId", 1L);
        SupportService erp = service("erp");

        CatalogSnapshot snapshot = CatalogSnapshot.of(List.of(erp), List.of(parent, child), List.of(), AT);

        assertThat(snapshot.services()).containsExactly(erp);
        assertThat(snapshot.categories()).containsExactly(parent, child);
        assertThat(snapshot.service("erp")).contains(erp);
        assertThat(snapshot.service("crm")).isEmpty();
        assertThat(snapshot.service(null)).isEmpty();
        assertThat(snapshot.category(2)).contains(child);
        assertThat(snapshot.category(3)).isEmpty();
        assertThat(snapshot.hasChildren(1)).isTrue();
        assertThat(snapshot.hasChildren(2)).isFalse();
        assertThat(snapshot.loadedAt()).isEqualTo(AT);
    }

    @Test
    void aLeafAsksForTheFieldsOfItsBranchAncestorsFirstAndAWithdrawnServiceOffersNothing()
            throws ReflectiveOperationException {
        TicketCategory root = TestCategories.leaf(1, "SUPPORT", "tecnica");
        TicketCategory leaf = TestCategories.leaf(2, "SUPPORT", "tecnica");
        set(leaf, TicketCategory.class, "parentId", 1L);
        TicketCategory elsewhere = TestCategories.leaf(3, "SUPPORT", "tecnica");
        set(elsewhere, TicketCategory.class, "serviceCode", "crm");
        CategoryField building = field(1, "recinto");
        CategoryField floor = field(2, "piso");
        CategoryField other = field(3, "otro");

        CatalogSnapshot snapshot = CatalogSnapshot.of(
                List.of(service("erp")), List.of(root, leaf, elsewhere), List.of(floor, other, building), AT);

        assertThat(snapshot.fields(2).fields()).containsExactly(building, floor);
        assertThat(snapshot.fields(1).fields()).containsExactly(building);
        assertThat(snapshot.categories()).containsExactly(root, leaf);
        assertThat(snapshot.category(3)).isEmpty();
        assertThat(snapshot.fields(3).fields()).isEmpty();
    }

    private static CategoryField field(long category, String key) {
        return new CategoryField(
                category, key, new FieldDefinition("Campo " + key, "Field " + key, FieldType.TEXT, null, false, 0));
    }

    private static SupportService service(String code) throws ReflectiveOperationException {
        var constructor = SupportService.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        SupportService service = constructor.newInstance();
        set(service, SupportService.class, "code", code);
        return service;
    }

    private static void set(Object target, Class<?> type, String name, Object value)
            throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
