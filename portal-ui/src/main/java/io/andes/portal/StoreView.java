package io.andes.portal;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.CommercialRequests;
import io.andes.billing.payment.application.PayNow;
import io.andes.core.api.EntitlementService;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.TenantFormats;
import io.andes.store.api.StoreViews;
import io.andes.store.application.CatalogUseCases;
import io.andes.store.application.OrderPlacement;
import io.andes.store.application.OrderQueries;
import io.andes.store.application.QuoteUseCases;
import io.andes.store.domain.order.OrderMode;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * "Tienda", for the company's administrators: the add-ons as cards with "Agregar", a cart with quantities, the live
 * quote (the rest of this period, prorated, and the recurring amount from the next renewal, with tax), and "Activar
 * servicios", which raises the limits at once. One idempotency key per cart: a second click activates nothing twice.
 */
@Named("storeView")
@ViewScoped
public class StoreView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogUseCases catalog;

    @Inject
    QuoteUseCases quotes;

    @Inject
    OrderPlacement placement;

    @Inject
    PayNow payments;

    @Inject
    OrderQueries orders;

    @Inject
    EntitlementService entitlements;

    @Inject
    Provider<CurrentUser> user;

    @Inject
    TenantDirectory tenants;

    @Inject
    LanguageSelection language;

    @Inject
    PortalMessages messages;

    @Inject
    CommercialRequests advisorRequests;

    private final StoreCart cart = new StoreCart();
    private String advisorRequest;
    private String advisorQuote;
    private String purchaseKey = UUID.randomUUID().toString();
    private transient List<StoreViews.Product> products;
    private transient StoreViews.Quote quote;

    public void requireAdministrator() throws IOException {
        AdministratorsOnly.require(user.get());
    }

    /**
     * From "Aceptar cotización" on a commercial request: the advisor's accepted quote lands in the cart and is priced
     * at once; the administrator reviews it and activates as with any cart. An unknown request or quote is a message.
     */
    public void loadAdvisorQuote() {
        if (advisorRequest == null || advisorQuote == null || !cart.isEmpty()) {
            return;
        }
        act(() -> {
            AdvisorViews.Quote accepted = advisorRequests.view(advisorRequest, language.isEnglish()).quotes().stream()
                    .filter(q -> q.id().equals(advisorQuote) && q.acceptedAt() != null)
                    .findFirst()
                    .orElseThrow(() -> ProblemException.notFound("la cotización aceptada", "The accepted quote"));
            for (AdvisorViews.QuoteLine line : accepted.lines()) {
                String name = getProducts().stream()
                        .filter(product -> product.code().equals(line.storeProduct()))
                        .map(StoreViews.Product::name)
                        .findFirst()
                        .orElse(line.productLabel());
                cart.put(line.storeProduct(), name, line.quantity());
            }
            messages.info("store.fromAdvisorQuote", advisorRequest);
        });
        requote();
    }

    public String getAdvisorRequest() {
        return advisorRequest;
    }

    public void setAdvisorRequest(String advisorRequest) {
        this.advisorRequest = advisorRequest;
    }

    public String getAdvisorQuote() {
        return advisorQuote;
    }

    public void setAdvisorQuote(String advisorQuote) {
        this.advisorQuote = advisorQuote;
    }

    public List<StoreViews.Product> getProducts() {
        if (products == null) {
            products = catalog.products(language.isEnglish());
        }
        return products;
    }

    public StoreCart getCart() {
        return cart;
    }

    public void add(StoreViews.Product product) {
        cart.add(product.code(), product.name());
        requote();
    }

    public void remove(StoreCart.Line line) {
        cart.remove(line);
        requote();
    }

    /** Prices the cart as it stands; a mistake (such as a quantity over the maximum) shows as a message. */
    public void requote() {
        quote = null;
        if (cart.isEmpty()) {
            return;
        }
        act(() -> quote = quotes.quote(cart.basket(), language.isEnglish()));
    }

    public StoreViews.Quote getQuote() {
        return quote;
    }

    /** "Activar servicios" against the quote on screen: a changed price is refused and shows the new quote. */
    public void activate() {
        if (quote == null) {
            return;
        }
        String fingerprint = quote.fingerprint();
        act(() -> {
            StoreViews.Order order = placement
                    .place(cart.basket(), fingerprint, OrderMode.RENEWAL, purchaseKey, language.isEnglish())
                    .order();
            messages.info("store.activated", order.number());
            cart.clear();
            quote = null;
            products = null;
            purchaseKey = UUID.randomUUID().toString();
        });
    }

    /** "Pagar ahora": the order waits for its payment (an invoice issued at once); to the gateway's checkout. */
    public void payNow() {
        if (quote == null) {
            return;
        }
        String fingerprint = quote.fingerprint();
        act(() -> {
            StoreViews.Order order = placement
                    .place(cart.basket(), fingerprint, OrderMode.PAY_NOW, purchaseKey, language.isEnglish())
                    .order();
            cart.clear();
            quote = null;
            purchaseKey = UUID.randomUUID().toString();
            CheckoutRedirect.to(payments.forOrder(order.number(), order.id()));
        });
    }

    /** "Pagar ahora" on a PAY_NOW order still waiting for its payment. */
    public void payOrder(String number) {
        act(() -> CheckoutRedirect.to(payments.forOrder(number, purchaseKey)));
    }

    public List<QuotaBar> getLimits() {
        TenantFormats formats = formats();
        return entitlements.list().stream()
                .map(quota -> QuotaBar.of(quota, language.isEnglish(), formats))
                .toList();
    }

    public List<StoreViews.OrderSummary> getRecentOrders() {
        return orders.list(new PageRequest(0, 10)).items();
    }

    public String money(BigDecimal amount, String currency) {
        return formats().money(amount, Currency.getInstance(currency));
    }

    public String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }

    public String date(java.time.LocalDate date) {
        return formats().date(date);
    }

    public String dateTime(java.time.Instant instant) {
        return formats().dateTime(instant);
    }

    private TenantFormats formats() {
        TenantSummary tenant = tenants.find(user.get().tenant().orElseThrow()).orElseThrow();
        return TenantFormats.of(language, tenant.country(), tenant.zone());
    }

    private void act(Runnable work) {
        try {
            work.run();
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            products = null;
            if (quote != null) {
                requoteQuietly();
            }
        }
    }

    private void requoteQuietly() {
        try {
            quote = quotes.quote(cart.basket(), language.isEnglish());
        } catch (ProblemException again) {
            quote = null;
        }
    }
}
