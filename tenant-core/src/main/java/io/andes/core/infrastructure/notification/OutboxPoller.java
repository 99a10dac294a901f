package io.andes.core.infrastructure.notification;

import io.andes.core.application.OutboxDelivery;
import io.andes.core.domain.notification.ClaimedMessage;
import io.andes.core.infrastructure.RepeatingTaskHealth;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the outbox dispatcher every {@code andes.outbox.poll-interval} on the container's managed scheduled executor
 * (container threads, with the application's naming and transactions). Each run claims a small batch of due messages,
 * delivers them one by one and goes on while batches come back full. Every instance runs one; their claims never
 * overlap. Quiet when healthy: one WARNING when polling starts failing (the database is gone, say) and one INFO when it
 * recovers. Started and stopped by {@link OutboxLifecycle}; on stop it schedules nothing more and waits for the
 * message in hand.
 */
@ApplicationScoped
class OutboxPoller {

    private static final Logger LOG = Logger.getLogger(OutboxPoller.class.getName());

    static final int BATCH = 10;
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    @Inject
    OutboxDelivery delivery;

    @Inject
    @ConfigProperty(name = "andes.outbox.poll-interval", defaultValue = "2s")
    String pollInterval;

    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;
    private final RepeatingTaskHealth health = RepeatingTaskHealth.inOneLine(
            LOG, "The outbox dispatcher cannot poll; it keeps trying", "The outbox dispatcher polls again");
    private ScheduledFuture<?> task;

    /** Schedules the polls, the first one after one interval; a wrong setting fails the deployment, naming it. */
    void start(ManagedScheduledExecutorService scheduler) {
        Duration interval = PollInterval.parse(pollInterval);
        // delivery.settings() creates the delivery now, so that its settings are checked before the first poll
        LOG.info("Outbox dispatcher polls every " + interval + "; " + delivery.settings());
        task = scheduler.scheduleWithFixedDelay(
                this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void poll() {
        if (stopping || !running.tryLock()) {
            return;
        }
        try {
            List<ClaimedMessage> batch;
            do {
                batch = delivery.claim(BATCH);
                for (ClaimedMessage claim : batch) {
                    if (stopping) {
                        return; // the rest are picked up when their claim runs out
                    }
                    delivery.deliver(claim);
                }
            } while (batch.size() == BATCH && !stopping);
            health.worked();
        } catch (RuntimeException e) {
            // Never let an exception escape: the executor would silently stop repeating the task.
            health.failed(e);
        } finally {
            running.unlock();
        }
    }

    @PreDestroy
    void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (task != null) {
            task.cancel(false);
        }
        try {
            if (running.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                running.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
