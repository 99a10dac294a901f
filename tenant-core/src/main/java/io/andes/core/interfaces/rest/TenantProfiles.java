package io.andes.core.interfaces.rest;

import io.andes.core.domain.tenant.Country;
import io.andes.core.domain.tenant.InvalidTaxIdException;
import io.andes.core.domain.tenant.TaxId;
import io.andes.core.domain.tenant.TenantProfile;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;

/** Turns a create-tenant body into a valid {@link TenantProfile}, or a 400 that names the wrong field. */
final class TenantProfiles {

    private TenantProfiles() {}

    static TenantProfile from(TenantRequests.Create body) {
        TenantId id = field("code", () -> new TenantId(body.code()), "debe tener 3 a 40 minúsculas, dígitos o guiones");
        Country country = field("country", () -> Country.fromCode(body.country()), "debe ser CL, CO o MX");
        TaxId taxId = taxId(country, body.taxId());
        Currency currency = body.currency() == null
                ? country.currency()
                : field("currency", () -> Currency.getInstance(body.currency()), "no es una moneda ISO 4217");
        ZoneId zone = body.timeZone() == null
                ? country.zone()
                : field("timeZone", () -> ZoneId.of(body.timeZone()), "no es una zona horaria IANA");
        return field(
                "currency",
                () -> new TenantProfile(id, body.legalName(), taxId, currency, zone),
                "debe ser la moneda del país o USD");
    }

    private static TaxId taxId(Country country, String raw) {
        try {
            return TaxId.of(country, raw);
        } catch (InvalidTaxIdException e) {
            throw ProblemException.invalidField("taxId", e.getMessage(), e.getMessage(), e.englishMessage());
        }
    }

    private static <T> T field(String name, ValueSupplier<T> value, String spanishMessage) {
        try {
            return value.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProblemException.invalidField(
                    name,
                    spanishMessage,
                    "El campo " + name + " " + spanishMessage + ".",
                    "The field " + name + " is not valid.");
        }
    }

    @FunctionalInterface
    private interface ValueSupplier<T> {
        T get();
    }
}
