package io.andes.billing.invoice.interfaces.rest;

import io.andes.billing.invoice.application.BillingDataUseCases;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the billing API. */
public final class BillingRequests {

    private BillingRequests() {}

    public record BillingDataBody(
            @NotBlank @Size(max = 200) String legalName,
            @NotBlank @Size(max = 20) String taxId,
            @Size(max = 300) String address,
            @Size(max = 200) String activity,
            @NotBlank @Email @Size(max = 254) String email) {

        BillingDataUseCases.Input input() {
            return new BillingDataUseCases.Input(legalName, taxId, address, activity, email);
        }
    }

    public record VoidBody(@NotBlank @Size(max = 500) String reason) {}
}
