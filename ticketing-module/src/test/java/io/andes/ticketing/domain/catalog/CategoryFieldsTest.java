package io.andes.ticketing.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryFieldsTest {

    private static final CategoryField DOCUMENT = field(1, "documento", FieldType.NUMBER, List.of(), false);
    private static final CategoryField BUILDING =
            field(1, "recinto", FieldType.CHOICE, List.of("Torre A", "Torre B"), true);
    private static final CategoryField NOTICED = field(2, "detectada_el", FieldType.DATE, List.of(), false);
    private static final CategoryField NOTE = field(2, "nota", FieldType.TEXT, List.of(), false);
    private static final CategoryFields FIELDS = new CategoryFields(List.of(DOCUMENT, BUILDING, NOTICED, NOTE));

    @Test
    void acceptsEveryTypeAndKeepsTheFormOrderLeavingOutBlankOptionalValues() {
        List<FieldValue> values = FIELDS.accept(Map.of(
                "documento", new BigDecimal("12345.50"),
                "recinto", " Torre B ",
                "detectada_el", "2026-11-30",
                "nota", "   "));

        assertThat(values)
                .extracting(FieldValue::key, FieldValue::value, FieldValue::order)
                .containsExactly(
                        tuple("documento", "12345.5", 1),
                        tuple("recinto", "Torre B", 2),
                        tuple("detectada_el", "2026-11-30", 3));
        assertThat(values.get(1).label(false)).isEqualTo("Etiqueta recinto");
        assertThat(values.get(1).label(true)).isEqualTo("Label recinto");
    }

    @Test
    void aNumberTypedAsTextIsANumberToo() {
        assertThat(FIELDS.accept(Map.of("documento", "0042", "recinto", "Torre A"))
                        .get(0)
                        .value())
                .isEqualTo("42");
    }

    @Test
    void everyBadValueIsReportedAtOnceUnderItsKey() {
        Map<String, Object> filled = new HashMap<>();
        filled.put("documento", "doce");
        filled.put("detectada_el", "30-11-2026");
        filled.put("nota", "x".repeat(FieldType.VALUE_MAX + 1));
        filled.put("color", "rojo");

        ProblemException problem = catchThrowableOfType(() -> FIELDS.accept(filled), ProblemException.class);

        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(errors(problem))
                .containsExactlyInAnyOrder(
                        "fields.color=no es un campo de esta categoría",
                        "fields.documento=debe ser un número",
                        "fields.recinto=es obligatorio",
                        "fields.detectada_el=debe ser una fecha AAAA-MM-DD",
                        "fields.nota=tiene más de 500 caracteres");
        assertThat(problem.detail(false)).contains("Etiqueta recinto (es obligatorio)");
        assertThat(problem.detail(true)).contains("Label recinto");
    }

    @Test
    void aChoiceMustBeOneOfTheOptions() {
        assertThat(errors(refusal(Map.of("recinto", "Torre Z"))))
                .containsExactly("fields.recinto=no es una de las opciones");
    }

    @Test
    void aValueThatIsNeitherTextNorNumberIsRefused() {
        assertThat(errors(refusal(Map.of("recinto", "Torre A", "nota", true))))
                .containsExactly("fields.nota=debe ser un texto");
        assertThat(errors(refusal(Map.of("recinto", List.of("Torre A")))))
                .containsExactly("fields.recinto=debe ser un texto");
    }

    @Test
    void aCategoryWithoutFieldsTakesNoValues() {
        assertThat(CategoryFields.NONE.accept(null)).isEmpty();
        assertThat(CategoryFields.NONE.accept(Map.of())).isEmpty();
        assertThat(errors(catchThrowableOfType(
                        () -> CategoryFields.NONE.accept(Map.of("x", "1")), ProblemException.class)))
                .containsExactly("fields.x=no es un campo de esta categoría");
    }

    @Test
    void aFieldDefinitionIsCheckedOnce() {
        assertThatThrownBy(() -> new CategoryField(1, "Mal Clave", definition(FieldType.TEXT, List.of(), false)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> definition(FieldType.CHOICE, List.of(), true)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> definition(FieldType.CHOICE, List.of("A", "A"), true))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new FieldDefinition(" ", "Label", FieldType.TEXT, null, false, 0))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> FieldDefinition.type("COLOR")).isInstanceOf(ProblemException.class);
        assertThat(definition(FieldType.TEXT, List.of("ignored"), false).options())
                .isEmpty();
        assertThat(definition(FieldType.CHOICE, List.of(" A ", "", "B"), false).options())
                .containsExactly("A", "B");
    }

    private static ProblemException refusal(Map<String, ?> filled) {
        return catchThrowableOfType(() -> FIELDS.accept(filled), ProblemException.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(ProblemException problem) {
        return ((List<Map<String, Object>>) problem.extensions().get("errors"))
                .stream().map(e -> e.get("field") + "=" + e.get("message")).toList();
    }

    private static CategoryField field(
            long category, String key, FieldType type, List<String> options, boolean required) {
        return new CategoryField(category, key, definition(type, options, required, key));
    }

    private static FieldDefinition definition(FieldType type, List<String> options, boolean required) {
        return definition(type, options, required, "x");
    }

    private static FieldDefinition definition(FieldType type, List<String> options, boolean required, String key) {
        return new FieldDefinition("Etiqueta " + key, "Label " + key, type, options, required, 0);
    }
}
