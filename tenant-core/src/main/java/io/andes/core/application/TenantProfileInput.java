package io.andes.core.application;

import io.andes.core.domain.tenant.Country;
import io.andes.core.domain.tenant.InvalidTaxIdException;
import io.andes.core.domain.tenant.TaxId;
import io.andes.core.domain.tenant.TenantProfile;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.function.Supplier;

/**
 * A new tenant's identity as staff typed it, through the API or the console form. {@link #toProfile()} turns it into
 * a valid {@link TenantProfile} or a 400 problem that names the wrong field; a blank currency or time zone means the
 * country's.
 */
public record TenantProfileInput(
        String code, String legalName, String country, String taxId, String currency, String timeZone) {

    private static final int LEGAL_NAME_LIMIT = 200;

    public TenantProfile toProfile() {
        TenantId id = field("code", () -> new TenantId(code), "debe tener 3 a 40 minúsculas, dígitos o guiones");
        requireLegalName();
        Country home = field("country", () -> Country.fromCode(country), "debe ser CL, CO o MX");
        TaxId tax = taxId(home);
        Currency money = blank(currency)
                ? home.currency()
                : field("currency", () -> Currency.getInstance(currency.strip()), "no es una moneda ISO 4217");
        ZoneId zone = blank(timeZone)
                ? home.zone()
                : field("timeZone", () -> ZoneId.of(timeZone.strip()), "no es una zona horaria IANA");
        return field(
                "currency",
                () -> new TenantProfile(id, legalName, tax, money, zone),
                "debe ser la moneda del país o USD");
    }

    private void requireLegalName() {
        if (blank(legalName) || legalName.strip().length() > LEGAL_NAME_LIMIT) {
            throw invalid("legalName", "debe tener de 1 a 200 caracteres");
        }
    }

    private TaxId taxId(Country home) {
        try {
            return TaxId.of(home, taxId);
        } catch (InvalidTaxIdException e) {
            throw ProblemException.invalidField("taxId", e.getMessage(), e.getMessage(), e.englishMessage());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> T field(String name, Supplier<T> value, String spanishMessage) {
        try {
            return value.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid(name, spanishMessage);
        }
    }

    private static ProblemException invalid(String name, String spanishMessage) {
        return ProblemException.invalidField(
                name,
                spanishMessage,
                "El campo " + name + " " + spanishMessage + ".",
                "The field " + name + " is not valid.");
    }
}
