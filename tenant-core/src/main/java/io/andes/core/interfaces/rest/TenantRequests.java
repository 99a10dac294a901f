package io.andes.core.interfaces.rest;

import io.andes.core.application.TenantProfileInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the staff's tenant routes. */
public final class TenantRequests {

    private TenantRequests() {}

    /** A new tenant; currency and time zone default to the country's. */
    public record Create(
            @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 200) String legalName,
            @NotBlank @Size(max = 2) String country,
            @NotBlank @Size(max = 32) String taxId,
            @Size(max = 3) String currency,
            @Size(max = 64) String timeZone,
            @NotBlank @Size(max = 40) String plan) {

        /** The identity part of the body, which the console's form shares: see {@link TenantProfileInput}. */
        public TenantProfileInput profile() {
            return new TenantProfileInput(code, legalName, country, taxId, currency, timeZone);
        }
    }

    /** A status change and why. */
    public record StatusChange(@NotBlank @Size(max = 500) String reason) {}

    /** Add-on units on top of the plan, and why. */
    public record Additional(
            @NotNull @PositiveOrZero @Max(10_000_000) Integer additional, @NotBlank @Size(max = 500) String reason) {}
}
