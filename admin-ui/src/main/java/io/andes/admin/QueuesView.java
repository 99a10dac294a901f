package io.andes.admin;

import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.application.DeskSetup;
import io.andes.ticketing.application.QueueSetup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "Catálogo", queues: platform admins add and rename the desk's queues and choose the agents of each. */
@Named("queuesView")
@ViewScoped
public class QueuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QueueSetup setup;

    @Inject
    DeskSetup desk;

    @Inject
    ConsoleMessages messages;

    private NamesForm added = new NamesForm();
    private NamesForm edited;
    private final Map<String, String> newAgent = new HashMap<>();
    private transient List<CatalogAdminViews.Queue> queues;

    public List<CatalogAdminViews.Queue> getQueues() {
        if (queues == null) {
            queues = setup.queues();
        }
        return queues;
    }

    public void add() {
        if (messages.attempt(() -> setup.add(added.getCode(), added.names()), "catalog.queue.added", added.getCode())) {
            added = new NamesForm();
        }
        queues = null;
    }

    public void edit(CatalogAdminViews.Queue queue) {
        edited = NamesForm.of(queue.code(), queue.nameEs(), queue.nameEn());
    }

    public void save() {
        if (messages.attempt(
                () -> setup.rename(edited.getCode(), edited.names()), "catalog.queue.saved", edited.getCode())) {
            edited = null;
        }
        queues = null;
    }

    public void cancel() {
        edited = null;
    }

    public void addAgent(String queue) {
        String agent = newAgent.get(queue);
        if (messages.attempt(() -> desk.addAgent(queue, agent), "catalog.agent.added", agent, queue)) {
            newAgent.remove(queue);
        }
        queues = null;
    }

    public void removeAgent(String queue, String agent) {
        messages.attempt(() -> desk.removeAgent(queue, agent), "catalog.agent.removed", agent, queue);
        queues = null;
    }

    public NamesForm getAdded() {
        return added;
    }

    public NamesForm getEdited() {
        return edited;
    }

    public Map<String, String> getNewAgent() {
        return newAgent;
    }
}
