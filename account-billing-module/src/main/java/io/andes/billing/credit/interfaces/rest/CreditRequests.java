package io.andes.billing.credit.interfaces.rest;

import io.andes.billing.credit.application.CreditIssuing;
import io.andes.billing.credit.application.ManualRefunds;
import io.andes.billing.invoice.domain.CreditNoteKind;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the credits API. */
public final class CreditRequests {

    private CreditRequests() {}

    /** A credit for a claim: {@code invoice} empty for a standalone credit; outage dates for a service failure. */
    public record CreditNoteBody(
            @NotNull @Pattern(regexp = "COBRO_INDEBIDO|FALLA_SERVICIO") String kind,
            @NotBlank @Size(max = 20) String ticket,
            @Size(max = 20) String invoice,
            @NotNull BigDecimal amount,
            @NotBlank @Size(max = 500) String reason,
            LocalDate outageFrom,
            LocalDate outageTo,
            Boolean refundToCard) {

        CreditIssuing.Input input() {
            return new CreditIssuing.Input(
                    CreditNoteKind.valueOf(kind),
                    ticket,
                    invoice,
                    amount,
                    reason,
                    outageFrom,
                    outageTo,
                    Boolean.TRUE.equals(refundToCard));
        }
    }

    /** A staff decision with its reason; {@code refund} sends a settlement's credit to the card. */
    public record DecisionBody(@NotBlank @Size(max = 500) String reason, Boolean refund) {

        boolean refunds() {
            return Boolean.TRUE.equals(refund);
        }
    }

    /** A refund closed by hand: method TRANSFERENCIA, DEPOSITO or CHEQUE, its reference (trimmed), the date it went. */
    public record ManualSettlementBody(
            @NotNull @Pattern(regexp = "TRANSFERENCIA|DEPOSITO|CHEQUE") String method,
            @NotBlank String reference,
            @NotNull LocalDate date) {

        ManualRefunds.Settlement settlement() {
            return new ManualRefunds.Settlement(method, reference, date);
        }
    }

    /** The tenant of a staff path; a malformed code is the same 404 as an unknown one. */
    static TenantId tenant(String code) {
        if (!TenantId.isValid(code)) {
            throw ProblemException.notFound("el cliente " + code, "Tenant " + code);
        }
        return new TenantId(code);
    }
}
