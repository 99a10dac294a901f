package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.RecordLookup;
import io.andes.ticketing.api.PqrsViews;
import io.andes.ticketing.application.PqrsUseCases;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One PQRS of the company ({@code ?numero=PQRS-2026-000001}): what was filed, its deadline and the conversation; the
 * requester adds to it until it is closed. An unknown number shows a not-found notice.
 */
@Named("pqrsCaseView")
@ViewScoped
public class PqrsCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PqrsUseCases pqrs;

    @Inject
    LanguageSelection language;

    @Inject
    PortalFormats formats;

    @Inject
    PortalMessages messages;

    private String number;
    private final RecordLookup<PqrsViews.Pqrs> filing = new RecordLookup<>();
    private String reply;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            getFiling();
        }
    }

    public PqrsViews.Pqrs getFiling() {
        return filing.get(() -> pqrs.view(number, language.isEnglish()));
    }

    public void sendReply() {
        try {
            pqrs.reply(number, reply);
            messages.info("pqrs.reply.sent", number);
            reply = null;
        } catch (ProblemException problem) {
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            filing.forget();
        }
    }

    public boolean isClosed() {
        PqrsViews.Pqrs shown = getFiling();
        return shown != null && "CERRADA".equals(shown.status());
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public String date(LocalDate date) {
        return formats.date(date);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isNotFound() {
        return filing.isMissing();
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
