package io.andes.ticketing.infrastructure;

import io.andes.core.infrastructure.RepeatingTaskHealth;
import io.andes.core.infrastructure.notification.PollInterval;
import io.andes.ticketing.application.SlaEscalation;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the SLA escalation round every {@code andes.sla.check-interval} on the container's managed scheduled executor,
 * started and stopped with the web application like the outbox dispatcher (and for the same reason a servlet
 * listener). Several instances may run it: each breach is noted under a row lock, once. Quiet when healthy: one
 * WARNING when rounds start failing, one INFO when they work again.
 */
@WebListener
public class SlaWatch implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());
    static final String INTERVAL = "andes.sla.check-interval";

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    SlaEscalation escalation;

    @Inject
    @ConfigProperty(name = INTERVAL, defaultValue = "1m")
    String interval;

    private final RepeatingTaskHealth health = RepeatingTaskHealth.withStackTrace(
            LOG, "The SLA escalation check fails; it keeps trying", "The SLA escalation check works again");
    private ScheduledFuture<?> task;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Duration every = PollInterval.parse(INTERVAL, interval);
        task = scheduler.scheduleWithFixedDelay(this::round, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void round() {
        try {
            escalation.checkOverdue();
            health.worked();
        } catch (RuntimeException e) {
            // never let an exception escape: the executor would silently stop repeating the task
            health.failed(e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (task != null) {
            task.cancel(false);
        }
    }
}
