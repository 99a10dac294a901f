package io.andes.portal;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.ChannelSettings;
import io.andes.billing.advisor.application.CommercialRequests;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * "Mi asesor comercial": the company's advisor (name, e-mail, phone, hours), the plain statement that this is not a
 * support channel with the way to a ticket, the form to send a commercial request and the company's requests. Text that
 * reads like a support problem is held back with the choice of a ticket or of sending it anyway.
 */
@Named("advisorChannelView")
@ViewScoped
public class AdvisorChannelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommercialRequests requests;

    @Inject
    ChannelSettings channel;

    @Inject
    LanguageSelection language;

    @Inject
    PortalFormats formats;

    @Inject
    PortalMessages messages;

    private transient PagedModel<AdvisorViews.RequestSummary> model;
    private transient AdvisorViews.Advisor advisor;
    private boolean advisorLoaded;
    private Boolean maySend;
    private boolean supportWarning;
    private String type;
    private String message;
    private String contactTime;
    private boolean usersMaySend;

    public AdvisorViews.Advisor getAdvisor() {
        if (!advisorLoaded) {
            advisorLoaded = true;
            try {
                advisor = channel.advisor();
            } catch (ProblemException none) {
                advisor = null;
            }
        }
        return advisor;
    }

    public boolean isMaySend() {
        if (maySend == null) {
            maySend = channel.maySend();
            usersMaySend = channel.settings().usersMaySend();
        }
        return maySend;
    }

    public PagedModel<AdvisorViews.RequestSummary> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, AdvisorViews.RequestSummary::number);
        }
        return model;
    }

    private Page<AdvisorViews.RequestSummary> page(PageRequest request) {
        return isMaySend() ? requests.list(request, language.isEnglish()) : PagedModel.empty(request);
    }

    public List<AdvisorViews.Choice> getTypes() {
        return requests.types(language.isEnglish());
    }

    /** "Enviar": sends the request, or holds it back when it reads like a support problem. */
    public String send() {
        return send(false);
    }

    /** "Enviar de todos modos": the user confirmed that it is a commercial matter. */
    public String sendAnyway() {
        return send(true);
    }

    private String send(boolean confirmed) {
        AdvisorViews.Request sent;
        try {
            sent = requests.send(type, message, contactTime, confirmed, language.isEnglish());
        } catch (ProblemException problem) {
            supportWarning = problem.type() == ProblemType.UNPROCESSABLE;
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        messages.info("advisor.sent", sent.number());
        messages.keepForRedirect();
        return "/portal/solicitud-comercial?faces-redirect=true&numero="
                + URLEncoder.encode(sent.number(), StandardCharsets.UTF_8);
    }

    public void saveSetting() {
        try {
            channel.change(usersMaySend);
            messages.info("advisor.settingSaved");
        } catch (ProblemException problem) {
            messages.problem(problem);
        }
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public boolean isSupportWarning() {
        return supportWarning;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getContactTime() {
        return contactTime;
    }

    public void setContactTime(String contactTime) {
        this.contactTime = contactTime;
    }

    public boolean isUsersMaySend() {
        isMaySend();
        return usersMaySend;
    }

    public void setUsersMaySend(boolean usersMaySend) {
        this.usersMaySend = usersMaySend;
    }
}
