package io.andes.admin;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.store.api.StorePrices;
import io.andes.store.api.StoreViews;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Catálogo y precios" (platform admins): every plan's and add-on's price per period and currency, in force or
 * scheduled, and the form for a new price from a date — each subscription meets it at its first renewal from then on.
 */
@Named("pricesView")
@ViewScoped
public class PricesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StorePrices prices;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleMessages messages;

    @Inject
    BillingFormats formats;

    private transient List<StoreViews.CatalogPrice> list;
    private String product;
    private String period = "MONTHLY";
    private String currency = "CLP";
    private BigDecimal amount;
    private LocalDate validFrom;

    public List<StoreViews.CatalogPrice> getPrices() {
        if (list == null) {
            list = prices.prices(language.isEnglish());
        }
        return list;
    }

    /** The products on the list, {@code KIND:code} → name, plans first as the list has them. */
    public Map<String, String> getProducts() {
        Map<String, String> products = new LinkedHashMap<>();
        getPrices().forEach(p -> products.putIfAbsent(p.name(), p.kind() + ":" + p.product()));
        return products;
    }

    public void save() {
        String[] chosen = product == null ? new String[] {"", ""} : product.split(":", 2);
        try {
            StoreViews.CatalogPrice saved =
                    prices.change(chosen[0], chosen[1], period, currency, amount, validFrom, language.isEnglish());
            messages.info(
                    "prices.saved",
                    saved.name(),
                    formats.price(saved.amount(), saved.currency()),
                    formats.date(saved.validFrom(), null));
            amount = null;
            validFrom = null;
            list = null;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String price(StoreViews.CatalogPrice price) {
        return formats.price(price.amount(), price.currency());
    }

    public String date(LocalDate date) {
        return formats.date(date, null);
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
