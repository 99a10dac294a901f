package io.andes.store.interfaces.rest;

import io.andes.core.problem.ProblemException;
import io.andes.store.application.Basket;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.store.domain.order.OrderMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Request bodies of the store API; the application checks products and per-product limits again. */
public final class StoreRequests {

    /** No add-on is sold in larger quantities than this in one line. */
    static final int MAX_QUANTITY = 10_000;

    private StoreRequests() {}

    public record Line(
            @NotBlank @Size(max = 40) String product, @NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantity) {}

    public record QuoteBody(
            @NotEmpty @Size(max = 10) List<@NotNull @Valid Line> lines, @Size(min = 3, max = 3) String currency) {

        Basket basket() {
            return StoreRequests.basket(lines, currency);
        }
    }

    public record OrderBody(
            @NotEmpty @Size(max = 10) List<@NotNull @Valid Line> lines,
            @Size(min = 3, max = 3) String currency,
            @NotBlank @Size(max = 64) String quoteFingerprint,
            @Pattern(regexp = "(?i)RENEWAL|PAY_NOW") String mode) {

        Basket basket() {
            return StoreRequests.basket(lines, currency);
        }

        OrderMode orderMode() {
            return mode == null ? OrderMode.RENEWAL : OrderMode.valueOf(mode.toUpperCase(Locale.ROOT));
        }
    }

    public record RenewalQuantity(@NotNull @Min(0) @Max(MAX_QUANTITY) Integer quantity) {}

    /** A new price from a date (platform staff). */
    public record NewPrice(
            @NotNull @Pattern(regexp = "(?i)PLAN|ADDON") String kind,
            @NotBlank @Size(max = 40) String product,
            @NotNull @Pattern(regexp = "(?i)MONTHLY|ANNUAL") String billingPeriod,
            @NotNull @Pattern(regexp = "CLP|COP|MXN|USD") String currency,
            @NotNull @Min(0) @Max(1_000_000_000) BigDecimal amount,
            @NotNull LocalDate validFrom) {

        ProductKind productKind() {
            return ProductKind.valueOf(kind.toUpperCase(Locale.ROOT));
        }

        BillingPeriod period() {
            return BillingPeriod.valueOf(billingPeriod.toUpperCase(Locale.ROOT));
        }
    }

    private static Basket basket(List<Line> lines, String currency) {
        return new Basket(
                lines.stream()
                        .map(l -> new Basket.Item(l.product(), l.quantity()))
                        .toList(),
                currency);
    }

    static ProblemException tooManyDecimals(String currency) {
        return ProblemException.invalidField(
                "amount",
                "tiene más decimales de los que admite " + currency,
                "El monto tiene más decimales de los que admite " + currency + ".",
                "The amount has more decimals than " + currency + " allows.");
    }
}
