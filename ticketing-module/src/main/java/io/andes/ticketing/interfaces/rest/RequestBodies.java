package io.andes.ticketing.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Request bodies of the multi-item request and PQRS APIs; the domain validates the values again. */
public final class RequestBodies {

    private RequestBodies() {}

    public record Draft(@NotBlank @Size(max = 40) String serviceCode) {}

    public record Item(
            @NotNull Long categoryId,
            @NotBlank @Size(max = 20_000) String description,
            @Size(max = 50) Map<String, Object> fields) {}

    public record Filing(
            @NotBlank @Size(max = 16) String kind,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @Size(max = 20_000) String description) {}

    public record Message(@NotBlank @Size(max = 20_000) String body) {}
}
