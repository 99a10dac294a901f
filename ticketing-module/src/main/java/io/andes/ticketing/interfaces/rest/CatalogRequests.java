package io.andes.ticketing.interfaces.rest;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.domain.catalog.CatalogNames;
import io.andes.ticketing.domain.catalog.FieldDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the catalog administration routes; the domain validates the values again. */
public final class CatalogRequests {

    private CatalogRequests() {}

    public record Names(@Size(max = 100) String nameEs, @Size(max = 100) String nameEn) {
        CatalogNames names() {
            return new CatalogNames(nameEs, nameEn);
        }
    }

    public record NewEntry(
            @NotBlank @Size(max = 40) String code, @Size(max = 100) String nameEs, @Size(max = 100) String nameEn) {
        CatalogNames names() {
            return new CatalogNames(nameEs, nameEn);
        }
    }

    /** A service's new names and whether portals offer it ({@code active} left out keeps it active). */
    public record ServiceChange(@Size(max = 100) String nameEs, @Size(max = 100) String nameEn, Boolean active) {}

    public record NewCategory(
            @NotBlank @Size(max = 40) String serviceCode,
            Long parentId,
            @Size(max = 100) String nameEs,
            @Size(max = 100) String nameEn,
            @Size(max = 16) String kind,
            @Size(max = 40) String queue) {}

    /** Where to move a category: under {@code parentId}, or to the top of its service when null. */
    public record Move(Long parentId) {}

    public record Field(
            @Size(max = 40) String key,
            @Size(max = 100) String labelEs,
            @Size(max = 100) String labelEn,
            @NotBlank @Size(max = 8) String type,
            @Size(max = 50) List<String> options,
            boolean required,
            Integer order) {
        FieldDefinition definition() {
            return new FieldDefinition(
                    labelEs, labelEn, FieldDefinition.type(type), options, required, order == null ? 0 : order);
        }
    }

    /** A numeric id from the path; anything else names nothing (404). */
    static long id(String raw, String spanishWhat, String englishWhat) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(spanishWhat + " " + raw, englishWhat + " " + raw);
        }
    }
}
