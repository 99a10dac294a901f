package io.andes.admin;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.AdvisorInbox;
import io.andes.billing.advisor.application.AdvisorOffers;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.RecordLookup;
import io.andes.store.api.PriceSheet;
import io.andes.store.api.StoreViews;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A tenant's commercial request on the console ({@code ?cliente=CODE&numero=C-000001}): the conversation, the
 * advisor's answer, the scheduling of a demonstration or training, a quote of store items and the closing. Each read
 * and action is an audited staff access to that tenant; another advisor's tenant reads as not found.
 */
@Named("advisorRequestView")
@ViewScoped
public class AdvisorRequestView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String READ_REASON = "consola de asesoría comercial";

    @Inject
    AdvisorInbox inbox;

    @Inject
    AdvisorOffers offers;

    @Inject
    VendorTime time;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleMessages messages;

    @Inject
    TenantDirectory tenants;

    @Inject
    BillingFormats formats;

    private String tenant;
    private String number;
    private final RecordLookup<AdvisorViews.Request> request = new RecordLookup<>();
    private String answer;
    private String sessionKind = "DEMOSTRACION";
    private String sessionAt;
    private String sessionLink;
    private QuoteForm quote = new QuoteForm();
    private transient PriceSheet prices;
    private transient String country;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            getRequest();
        }
    }

    public AdvisorViews.Request getRequest() {
        return request.get(() -> inbox.view(tenantId(), number, READ_REASON, language.isEnglish()));
    }

    public void send() {
        if (act(() -> inbox.reply(tenantId(), number, answer, language.isEnglish()), "advisor.answered")) {
            answer = null;
        }
    }

    public void schedule() {
        if (act(
                () -> offers.schedule(tenantId(), number, sessionKind, sessionAt, sessionLink, language.isEnglish()),
                "advisor.scheduled")) {
            sessionAt = null;
            sessionLink = null;
        }
    }

    public void sendQuote() {
        if (act(() -> offers.quote(tenantId(), number, quote.draft(), language.isEnglish()), "advisor.quoted")) {
            quote = new QuoteForm();
        }
    }

    public void close() {
        act(() -> inbox.close(tenantId(), number, language.isEnglish()), "advisor.closedDone");
    }

    private boolean act(Supplier<?> change, String doneKey) {
        try {
            change.get();
            messages.info(doneKey, number);
            return true;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } finally {
            request.forget();
        }
    }

    private TenantId tenantId() {
        return TenantsResource.id(tenant);
    }

    public List<AdvisorViews.Choice> getProducts() {
        return offers.products(language.isEnglish());
    }

    /** The tenant's prices of the quotable products, for the running totals; null when they cannot be read. */
    public PriceSheet getPrices() {
        if (prices == null) {
            try {
                prices = offers.prices(tenantId(), number);
                country = tenants.find(tenantId()).map(TenantSummary::country).orElse(null);
            } catch (ProblemException unpriced) {
                return null;
            }
        }
        return prices;
    }

    /** What a quote line costs per period in the tenant's currency. */
    public String lineAmount(QuoteForm.Line line) {
        PriceSheet sheet = getPrices();
        return sheet == null ? "" : money(sheet.line(line.getProduct(), line.getQuantity()));
    }

    /** Net, tax and total per period of the lines as they stand. */
    public StoreViews.Totals getTotals() {
        PriceSheet sheet = getPrices();
        return sheet == null
                ? null
                : sheet.totals(quote.getLines().stream()
                        .map(l -> sheet.line(l.getProduct(), l.getQuantity()))
                        .toList());
    }

    public String money(BigDecimal amount) {
        return formats.money(amount, getPrices().currency(), country);
    }

    public boolean isOpen() {
        return getRequest() != null && !"CERRADA".equals(getRequest().status());
    }

    public String dateTime(Instant instant) {
        return time.dateTime(instant);
    }

    public boolean isNotFound() {
        return request.isMissing();
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getSessionKind() {
        return sessionKind;
    }

    public void setSessionKind(String sessionKind) {
        this.sessionKind = sessionKind;
    }

    public String getSessionAt() {
        return sessionAt;
    }

    public void setSessionAt(String sessionAt) {
        this.sessionAt = sessionAt;
    }

    public String getSessionLink() {
        return sessionLink;
    }

    public void setSessionLink(String sessionLink) {
        this.sessionLink = sessionLink;
    }

    public QuoteForm getQuote() {
        return quote;
    }
}
