package io.andes.admin;

import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.DeskSetup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Catálogo", canned responses: the answers agents insert; written, changed and removed here. */
@Named("cannedResponsesView")
@ViewScoped
public class CannedResponsesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskSetup desk;

    @Inject
    ConsoleMessages messages;

    private String editingId;
    private String title;
    private String body;
    private transient List<TicketViews.CannedResponse> responses;

    public List<TicketViews.CannedResponse> getResponses() {
        if (responses == null) {
            responses = desk.cannedResponses();
        }
        return responses;
    }

    public void edit(TicketViews.CannedResponse response) {
        editingId = response.id();
        title = response.title();
        body = response.body();
    }

    /** Saves the form: a new response, or the one being edited. */
    public void save() {
        Runnable action = editingId == null
                ? () -> desk.addCannedResponse(title, body)
                : () -> desk.changeCannedResponse(editingId, title, body);
        if (messages.attempt(action, "catalog.canned.saved", title)) {
            cancel();
        }
        responses = null;
    }

    public void remove(String id) {
        messages.attempt(() -> desk.removeCannedResponse(id), "catalog.canned.removed");
        responses = null;
        if (id.equals(editingId)) {
            cancel();
        }
    }

    public void cancel() {
        editingId = null;
        title = null;
        body = null;
    }

    public String getEditingId() {
        return editingId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
