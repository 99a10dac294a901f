package io.andes.ticketing.domain.catalog;

import io.andes.core.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An extra value a category asks for when a ticket is opened on it or on any category below it: a key unique along the
 * branch, a label in both languages, a type (a choice lists its options) and whether it must be filled.
 */
@Entity
@Table(name = "category_field")
@IdClass(CategoryField.Key.class)
public class CategoryField {

    public static final int OPTIONS_MAX = 50;
    private static final String KEY_PATTERN = "[a-z][a-z0-9_]{0,39}";

    @Id
    @Column(name = "category_id")
    private long categoryId;

    @Id
    @Column(name = "field_key", length = 40)
    private String key;

    @Column(name = "label_es", nullable = false)
    private String labelEs;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "field_type", nullable = false)
    private String type;

    @Column(name = "choices")
    private String choices;

    @Column(name = "is_required", nullable = false)
    private boolean required;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CategoryField() {}

    /** A new field of {@code categoryId}; the key is lower case letters, digits and underscores. */
    public CategoryField(long categoryId, String key, FieldDefinition definition) {
        String clean = key == null ? "" : key.strip();
        if (!clean.matches(KEY_PATTERN)) {
            throw ProblemException.invalidField(
                    "key",
                    "minúsculas, dígitos y _ (hasta 40)",
                    "La clave del campo lleva minúsculas, dígitos y guiones bajos, y empieza con una letra.",
                    "The field key takes lower-case letters, digits and underscores, and starts with a letter.");
        }
        this.categoryId = categoryId;
        this.key = clean;
        change(definition);
    }

    /** New label, type, options, obligation or order; values already stored on tickets keep what they were. */
    public final void change(FieldDefinition definition) {
        this.labelEs = definition.labelEs();
        this.labelEn = definition.labelEn();
        this.type = definition.type().name();
        this.choices = definition.options().isEmpty() ? null : String.join("\n", definition.options());
        this.required = definition.required();
        this.sortOrder = definition.order();
    }

    public long categoryId() {
        return categoryId;
    }

    public String key() {
        return key;
    }

    public String label(boolean english) {
        return english ? labelEn : labelEs;
    }

    public FieldType type() {
        return FieldType.valueOf(type);
    }

    public List<String> options() {
        return choices == null ? List.of() : Arrays.stream(choices.split("\n")).toList();
    }

    public boolean required() {
        return required;
    }

    public int order() {
        return sortOrder;
    }

    /** What the field is, as an administrator defines it. */
    public FieldDefinition definition() {
        return new FieldDefinition(labelEs, labelEn, type(), options(), required, sortOrder);
    }

    /** The composite key: category and field key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long categoryId;
        private String key;

        public Key() {}

        public Key(long categoryId, String key) {
            this.categoryId = categoryId;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && categoryId == k.categoryId && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(categoryId) * 31 + Objects.hashCode(key);
        }
    }
}
