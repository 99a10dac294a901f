package io.andes.portal;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.CommercialRequests;
import io.andes.billing.advisor.application.QuoteAcceptance;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.RecordLookup;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One commercial request ({@code ?numero=C-000001}): what was asked, the scheduled session, the advisor's quotes with
 * the one-click acceptance for admins, the conversation and the reply form until the request is closed. An unknown
 * number shows a not-found notice.
 */
@Named("commercialRequestView")
@ViewScoped
public class CommercialRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommercialRequests requests;

    @Inject
    QuoteAcceptance quotes;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    @Inject
    PortalFormats formats;

    @Inject
    PortalMessages messages;

    private String number;
    private final RecordLookup<AdvisorViews.Request> request = new RecordLookup<>();
    private String reply;
    private boolean supportWarning;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            getRequest();
        }
    }

    public AdvisorViews.Request getRequest() {
        return request.get(() -> requests.view(number, language.isEnglish()));
    }

    public void sendReply() {
        send(false);
    }

    public void sendReplyAnyway() {
        send(true);
    }

    private void send(boolean confirmed) {
        if (act(() -> requests.reply(number, reply, confirmed), "advisor.replied")) {
            reply = null;
            supportWarning = false;
        }
    }

    /** Accepts the quote and takes the administrator to the store with the quoted items in the cart. */
    public String accept(String quoteId) {
        if (!act(() -> quotes.accept(number, quoteId, language.isEnglish()), "advisor.quoteAccepted")) {
            return null;
        }
        messages.keepForRedirect();
        return "/portal/tienda?faces-redirect=true&solicitud=" + encoded(number) + "&cotizacion=" + encoded(quoteId);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private boolean act(Supplier<?> change, String doneKey) {
        try {
            change.get();
            messages.info(doneKey, number);
            return true;
        } catch (ProblemException problem) {
            supportWarning = problem.type() == ProblemType.UNPROCESSABLE;
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } finally {
            request.forget();
        }
    }

    public boolean isAdministrator() {
        return user.hasRole(Roles.TENANT_ADMIN);
    }

    public boolean isClosed() {
        return getRequest() != null && "CERRADA".equals(getRequest().status());
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public boolean isNotFound() {
        return request.isMissing();
    }

    public boolean isSupportWarning() {
        return supportWarning;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
