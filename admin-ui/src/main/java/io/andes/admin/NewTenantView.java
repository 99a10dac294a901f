package io.andes.admin;

import io.andes.core.api.TenantRole;
import io.andes.core.api.UserInvitation;
import io.andes.core.application.TenantAdministration;
import io.andes.core.application.TenantProfileInput;
import io.andes.core.domain.tenant.Country;
import io.andes.core.domain.tenant.Plan;
import io.andes.core.domain.tenant.PlanRepository;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * "Nuevo cliente", for platform administrators: the tenant's identity, its plan and its first tenant-admin, onboarded
 * in one go. Changing the country preselects its currency and time zone; the onboarding use case validates the rest.
 */
@Named("newTenant")
@ViewScoped
public class NewTenantView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantAdministration administration;

    @Inject
    PlanRepository plans;

    @Inject
    Transactions transactions;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleMessages messages;

    private final NewTenantForm form = new NewTenantForm();
    private List<SelectItem> planChoices;

    /** The page itself is refused to other staff, whatever link brought them here. */
    public void requirePlatformAdmin() throws IOException {
        if (!isPlatformAdmin()) {
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void countryChanged() {
        form.useCountryDefaults();
    }

    /** Onboards the tenant and opens its page, or stays here with the reason it was refused. */
    public String create() {
        try {
            if (!isPlatformAdmin()) {
                throw new ProblemException(
                        ProblemType.FORBIDDEN,
                        "Solo los administradores de la plataforma crean clientes.",
                        "Only platform administrators create tenants.");
            }
            Tenant tenant = administration.onboard(profile().toProfile(), form.getPlan(), firstAdmin());
            messages.info("newTenant.created", tenant.legalName(), form.getAdminEmail());
            messages.keepForRedirect();
            return "/admin/tenant?faces-redirect=true&code=" + tenant.id().value();
        } catch (ProblemException problem) {
            messages.problem(problem);
            return null;
        }
    }

    private TenantProfileInput profile() {
        return new TenantProfileInput(
                form.getCode(),
                form.getLegalName(),
                form.getCountry().name(),
                form.getTaxId(),
                form.getCurrency(),
                form.getTimeZone());
    }

    private UserInvitation firstAdmin() {
        return new UserInvitation(
                form.getAdminEmail(), form.getAdminFirstName(), form.getAdminLastName(), TenantRole.TENANT_ADMIN);
    }

    private boolean isPlatformAdmin() {
        return user.get().hasRole(Roles.PLATFORM_ADMIN);
    }

    public NewTenantForm getForm() {
        return form;
    }

    public List<SelectItem> getCountries() {
        return Arrays.stream(Country.values())
                .map(country -> new SelectItem(country, formats(country).countryName(country.name())))
                .toList();
    }

    public List<SelectItem> getCurrencies() {
        return CountryChoices.currencies(form.getCountry()).stream()
                .map(currency -> new SelectItem(
                        currency.getCurrencyCode(),
                        currency.getCurrencyCode() + " · " + currency.getDisplayName(language.getLocale())))
                .toList();
    }

    public List<String> getZones() {
        return CountryChoices.zones(form.getCountry()).stream()
                .map(ZoneId::getId)
                .toList();
    }

    /** The plans on offer; the first is preselected, so the form never sends no plan at all. */
    public List<SelectItem> getPlans() {
        if (planChoices == null) {
            List<Plan> offered = transactions.required(plans::all);
            planChoices = offered.stream()
                    .map(plan -> new SelectItem(plan.code(), plan.name() + " (" + plan.code() + ")"))
                    .toList();
            if (form.getPlan() == null && !offered.isEmpty()) {
                form.setPlan(offered.get(0).code());
            }
        }
        return planChoices;
    }

    private TenantFormats formats(Country country) {
        return TenantFormats.of(language, country.name(), country.zone());
    }
}
