package io.andes.admin;

import io.andes.core.domain.tenant.Country;
import java.io.Serializable;

/**
 * The "Nuevo cliente" form as typed. It starts as a Chilean tenant with the country's currency and time zone; the
 * onboarding use case decides whether what was typed is acceptable.
 */
public class NewTenantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String legalName;
    private Country country = Country.CL;
    private String taxId;
    private String currency;
    private String timeZone;
    private String plan;
    private String adminEmail;
    private String adminFirstName;
    private String adminLastName;

    public NewTenantForm() {
        useCountryDefaults();
    }

    /** Preselects the country's own currency and time zone, the first choices of each. */
    void useCountryDefaults() {
        currency = CountryChoices.currencies(country).get(0).getCurrencyCode();
        timeZone = CountryChoices.zones(country).get(0).getId();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country == null ? Country.CL : country;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }
}
