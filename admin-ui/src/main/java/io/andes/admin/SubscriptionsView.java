package io.andes.admin;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.PagedModel;
import io.andes.store.api.StorePrices;
import io.andes.store.api.StoreViews;
import io.andes.store.api.SubscriptionDirectory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** "Suscripciones": every tenant's subscription, soonest renewal first, searched by tenant, plan, period and add-on. */
@Named("subscriptionsView")
@ViewScoped
public class SubscriptionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubscriptionDirectory directory;

    @Inject
    ConsoleMessages messages;

    @Inject
    StorePrices prices;

    @Inject
    LanguageSelection language;

    private transient Map<String, String> plans;
    private transient Map<String, String> addOns;

    private String tenant;
    private String plan;
    private String period;
    private String addOn;
    private LocalDate renewalFrom;
    private LocalDate renewalTo;
    private transient PagedModel<StoreViews.SubscriptionRow> model;

    public PagedModel<StoreViews.SubscriptionRow> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, StoreViews.SubscriptionRow::tenant);
        }
        return model;
    }

    private Page<StoreViews.SubscriptionRow> page(PageRequest request) {
        try {
            return directory.search(
                    new StoreViews.SubscriptionSearch(tenant, plan, period, addOn, renewalFrom, renewalTo), request);
        } catch (ProblemException problem) {
            messages.problem(problem);
            return PagedModel.empty(request);
        }
    }

    /** The plans of the catalog for the filter, name → code. */
    public Map<String, String> getPlans() {
        if (plans == null) {
            plans = products("PLAN");
        }
        return plans;
    }

    /** The add-ons of the catalog for the filter, name → code. */
    public Map<String, String> getAddOns() {
        if (addOns == null) {
            addOns = products("ADDON");
        }
        return addOns;
    }

    private Map<String, String> products(String kind) {
        Map<String, String> products = new LinkedHashMap<>();
        prices.prices(language.isEnglish()).stream()
                .filter(p -> p.kind().equals(kind))
                .forEach(p -> products.putIfAbsent(p.name(), p.product()));
        return products;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getAddOn() {
        return addOn;
    }

    public void setAddOn(String addOn) {
        this.addOn = addOn;
    }

    public LocalDate getRenewalFrom() {
        return renewalFrom;
    }

    public void setRenewalFrom(LocalDate renewalFrom) {
        this.renewalFrom = renewalFrom;
    }

    public LocalDate getRenewalTo() {
        return renewalTo;
    }

    public void setRenewalTo(LocalDate renewalTo) {
        this.renewalTo = renewalTo;
    }
}
