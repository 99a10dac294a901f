package io.andes.billing.payment.interfaces.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the payments API. */
public final class PaymentRequests {

    private PaymentRequests() {}

    public record AutoPayBody(@NotNull Boolean enabled) {}

    public record TransferBody(
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 200) String reference,
            LocalDate receivedOn) {}
}
