package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.RecordLookup;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.AttachmentUseCases;
import io.andes.ticketing.application.TicketUseCases;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;

/**
 * A ticket of the company ({@code ?numero=T-000001}): its conversation and files, replying with text and files,
 * closing it when solved, and reopening it within the window. An unknown number shows a not-found notice.
 */
@Named("ticketView")
@ViewScoped
public class TicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a refused reopening says when the window has passed and only a new ticket is left. */
    private static final String OPEN_LINKED_TICKET = "open-linked-ticket";

    @Inject
    TicketUseCases tickets;

    @Inject
    AttachmentUseCases attachments;

    @Inject
    LanguageSelection language;

    @Inject
    PortalFormats formats;

    @Inject
    PortalMessages messages;

    private final PendingFiles files = new PendingFiles();
    private String number;
    private final RecordLookup<TicketViews.Ticket> ticket = new RecordLookup<>();
    private String reply;
    private String reopenReason;
    private boolean offerNewTicket;

    /** The view action: finds the ticket once, before the page is rendered. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            getTicket();
        }
    }

    /** The ticket in the page's language; {@code null} when the number is not one of the company's tickets. */
    public TicketViews.Ticket getTicket() {
        return ticket.get(language.isEnglish(), () -> tickets.view(number, language.isEnglish()));
    }

    public void upload(FileUploadEvent event) {
        files.add(event.getFile());
    }

    public void removeFile(int index) {
        files.remove(index);
    }

    /** Sends the reply and then the chosen files; either may be left out, not both. */
    public void sendReply() {
        if ((reply == null || reply.isBlank()) && files.isEmpty()) {
            messages.error("ticket.reply.empty");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (reply != null && !reply.isBlank() && act(() -> tickets.reply(number, reply), "ticket.reply.sent")) {
            reply = null;
        }
        if (!files.isEmpty() && act(() -> attachments.attach(number, files.toUploads()), "ticket.files.attached")) {
            files.clear();
        }
    }

    public void close() {
        act(() -> tickets.close(number, language.isEnglish()), "ticket.closed");
    }

    public void reopen() {
        offerNewTicket = false;
        if (act(() -> tickets.reopen(number, reopenReason, language.isEnglish()), "ticket.reopened")) {
            reopenReason = null;
        }
    }

    /** Runs one change, says how it went and shows the ticket as it is now. */
    private boolean act(Supplier<?> change, String doneKey) {
        try {
            change.get();
            messages.info(doneKey, number);
            return true;
        } catch (ProblemException problem) {
            offerNewTicket = OPEN_LINKED_TICKET.equals(problem.extensions().get("action"));
            messages.problem(problem);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } finally {
            ticket.forget();
        }
    }

    public boolean isFinished() {
        TicketViews.Ticket shown = getTicket();
        return shown != null && TicketStatusTag.finished(shown.status());
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public String date(LocalDate date) {
        return formats.date(date);
    }

    /** The portal's link to one of the ticket's files. */
    public String fileLink(TicketViews.Attachment attachment) {
        return TicketFileServlet.link(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                number,
                attachment.id());
    }

    public PendingFiles getFiles() {
        return files;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isNotFound() {
        return ticket.isMissing();
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public boolean isOfferNewTicket() {
        return offerNewTicket;
    }
}
