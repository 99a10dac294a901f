package io.andes.billing.advisor.interfaces.rest;

import io.andes.billing.advisor.application.QuoteDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the advisor channel's API; the domain validates the values again. */
public final class AdvisorRequests {

    private AdvisorRequests() {}

    /** {@code confirmCommercial} sends text that reads like a support problem anyway. */
    public record NewRequest(
            @NotBlank @Size(max = 30) String type,
            @NotBlank @Size(max = 10_000) String message,
            @Size(max = 200) String preferredContactTime,
            boolean confirmCommercial) {}

    public record Message(@NotBlank @Size(max = 10_000) String body, boolean confirmCommercial) {}

    public record Answer(@NotBlank @Size(max = 10_000) String body) {}

    /** {@code at}: date and time on the tenant's wall clock, {@code 2026-12-03T10:00}. */
    public record Session(
            @NotBlank @Size(max = 20) String kind,
            @NotBlank @Size(max = 30) String at,
            @NotBlank @Size(max = 500) String link) {}

    public record Quote(
            @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull QuoteLine> lines, @Size(max = 1000) String note) {

        QuoteDraft draft() {
            return new QuoteDraft(
                    lines.stream()
                            .map(l -> new QuoteDraft.Line(l.product(), l.quantity(), l.note()))
                            .toList(),
                    note);
        }
    }

    public record QuoteLine(@NotBlank @Size(max = 30) String product, int quantity, @Size(max = 200) String note) {}

    public record Settings(@NotNull Boolean usersMaySend) {}

    public record Assignment(@NotBlank @Size(max = 200) String advisor) {}

    public record Profile(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String email,
            @Size(max = 40) String phone,
            @Size(max = 200) String hours) {}
}
