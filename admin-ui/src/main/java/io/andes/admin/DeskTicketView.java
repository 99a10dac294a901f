package io.andes.admin;

import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import io.andes.core.web.LanguageSelection;
import io.andes.core.web.RecordLookup;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.DeskAssignments;
import io.andes.ticketing.application.DeskSetup;
import io.andes.ticketing.application.DuplicateMerger;
import io.andes.ticketing.application.SupportDesk;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * A tenant's ticket on the console ({@code ?cliente=CODE&numero=T-000001}): the whole conversation with internal notes
 * marked, the SLA facts and events, and the agent's actions. Each read and action is an audited staff access to that
 * tenant. An unknown tenant or number shows a not-found notice.
 */
@Named("deskTicketView")
@ViewScoped
public class DeskTicketView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String READ_REASON = "consola de soporte";

    @Inject
    SupportDesk desk;

    @Inject
    DeskSetup setup;

    @Inject
    DeskAssignments assignments;

    @Inject
    DuplicateMerger merger;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleMessages messages;

    private String tenant;
    private String number;
    private final RecordLookup<TicketViews.Ticket> ticket = new RecordLookup<>();
    private String answer;
    private String kind = "PUBLIC";
    private String urgencyReason;
    private String cannedId;
    private String agent;
    private String mergeTarget;
    private transient List<TicketViews.CannedResponse> canned;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            getTicket();
        }
    }

    public TicketViews.Ticket getTicket() {
        return ticket.get(() -> desk.view(tenantId(), number, READ_REASON, language.isEnglish()));
    }

    /** Sends the answer as a public reply, an internal note, or a question that waits for the customer. */
    public void send() {
        if (answer == null || answer.isBlank()) {
            messages.error("desk.answer.empty");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        boolean internal = "INTERNAL".equals(kind);
        if (act(() -> desk.answer(tenantId(), number, answer, internal, "ASK".equals(kind)), "desk.answer.sent")) {
            answer = null;
        }
    }

    /** The picker: puts the chosen canned response's text into the answer, after what is already written. */
    public void insertCanned() {
        getCannedResponses().stream()
                .filter(c -> c.id().equals(cannedId))
                .findFirst()
                .ifPresent(c -> answer = answer == null || answer.isBlank() ? c.body() : answer + "\n\n" + c.body());
        cannedId = null;
    }

    public List<TicketViews.CannedResponse> getCannedResponses() {
        if (canned == null) {
            canned = setup.cannedResponses();
        }
        return canned;
    }

    public void assign() {
        if (act(() -> assignments.assign(tenantId(), number, agent, language.isEnglish()), "desk.assigned")) {
            agent = null;
        }
    }

    public void merge() {
        if (act(() -> merger.merge(tenantId(), number, mergeTarget, language.isEnglish()), "desk.merged")) {
            mergeTarget = null;
        }
    }

    public void resolve() {
        act(() -> desk.resolve(tenantId(), number, language.isEnglish()), "desk.resolved");
    }

    public void markUrgent() {
        if (act(() -> desk.markUrgent(tenantId(), number, urgencyReason, language.isEnglish()), "desk.urgent.done")) {
            urgencyReason = null;
        }
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
            ticket.forget();
        }
    }

    private TenantId tenantId() {
        return TenantsResource.id(tenant);
    }

    public boolean isNotFound() {
        return ticket.isMissing();
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

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getMergeTarget() {
        return mergeTarget;
    }

    public void setMergeTarget(String mergeTarget) {
        this.mergeTarget = mergeTarget;
    }

    public String getCannedId() {
        return cannedId;
    }

    public void setCannedId(String cannedId) {
        this.cannedId = cannedId;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }

    public void setUrgencyReason(String urgencyReason) {
        this.urgencyReason = urgencyReason;
    }
}
