package io.andes.ticketing.domain.catalog;

import java.util.List;
import java.util.Optional;

/** The vendor's desk set-up, the same for every tenant: queues, their agents, and canned responses. */
public interface DeskCatalog {

    boolean queueExists(String code);

    List<QueueAgent> agents(String queue);

    /** The queue's agents, each row locked until the transaction ends, so that two new tickets never collide. */
    List<QueueAgent> lockAgents(String queue);

    Optional<QueueAgent> agent(String queue, String username);

    void add(QueueAgent agent);

    void remove(QueueAgent agent);

    /** Canned responses by title. */
    List<CannedResponse> cannedResponses();

    Optional<CannedResponse> cannedResponse(String id);

    Optional<CannedResponse> cannedResponseTitled(String title);

    void add(CannedResponse response);

    void remove(CannedResponse response);
}
