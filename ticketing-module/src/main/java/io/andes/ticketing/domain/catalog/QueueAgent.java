package io.andes.ticketing.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import org.eclipse.persistence.config.PessimisticLock;
import org.eclipse.persistence.config.QueryHints;

/**
 * An agent who works a queue. New tickets of the queue go round the agents: the one given a ticket least recently
 * (never counts as longest ago) gets the next, and {@link #assigned} moves them to the back.
 */
@Entity
@Table(name = "queue_agent")
@IdClass(QueueAgent.Key.class)
@NamedQuery(
        name = QueueAgent.LOCK_BY_QUEUE,
        query = "SELECT a FROM QueueAgent a WHERE a.queueCode = :queue ORDER BY a.username",
        hints = @QueryHint(name = QueryHints.PESSIMISTIC_LOCK, value = PessimisticLock.Lock))
public class QueueAgent {

    /** A queue's agents locked, named with its lock so that EclipseLink prepares it once rather than per opening. */
    public static final String LOCK_BY_QUEUE = "QueueAgent.lockByQueue";

    /** Least recently given a ticket first; ties by name, so the order is always the same. */
    public static final Comparator<QueueAgent> NEXT_IN_TURN = Comparator.comparing(
                    (QueueAgent a) -> a.lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(a -> a.username);

    @Id
    @Column(name = "queue_code", length = 40)
    private String queueCode;

    @Id
    @Column(name = "username", length = 200)
    private String username;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    protected QueueAgent() {}

    public QueueAgent(String queueCode, String username) {
        this.queueCode = queueCode;
        this.username = username;
    }

    public void assigned(Instant at) {
        lastAssignedAt = at;
    }

    public String queueCode() {
        return queueCode;
    }

    public String username() {
        return username;
    }

    public Instant lastAssignedAt() {
        return lastAssignedAt;
    }

    /** The composite key: queue and agent. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String queueCode;
        private String username;

        public Key() {}

        public Key(String queueCode, String username) {
            this.queueCode = queueCode;
            this.username = username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && queueCode.equals(key.queueCode) && username.equals(key.username);
        }

        @Override
        public int hashCode() {
            return queueCode.hashCode() * 31 + username.hashCode();
        }
    }
}
