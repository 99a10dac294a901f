package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
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
    private transient PqrsViews.Pqrs filing;
    private boolean notFound;
    private String reply;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            notFound = getFiling() == null;
        }
    }

    public PqrsViews.Pqrs getFiling() {
        if (!notFound && filing == null) {
            try {
                filing = pqrs.view(number, language.isEnglish());
            } catch (ProblemException problem) {
                notFound = true;
            }
        }
        return filing;
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
            filing = null;
        }
    }

    public boolean isClosed() {
        return getFiling() != null && "CERRADA".equals(filing.status());
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
        return notFound;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
