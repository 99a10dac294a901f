package io.andes.billing.invoice.infrastructure;

import io.andes.billing.invoice.application.RenewalRunner;
import io.andes.core.infrastructure.RepeatingTaskHealth;
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
 * Runs the renewal every {@code andes.billing.renewal-interval} (default one hour; the first run shortly after start,
 * so periods that ended while the platform was down are invoiced — and their tenants may buy again — at once) on the container's managed scheduled executor, started and stopped with the web application like the SLA
 * check. Every instance runs it: the row claims make simultaneous runs share the work instead of doubling it.
 */
@WebListener
public class RenewalWatch implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(RenewalWatch.class.getName());
    static final String INTERVAL = "andes.billing.renewal-interval";
    /** After the deployment has settled. */
    private static final Duration FIRST_RUN = Duration.ofSeconds(20);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    RenewalRunner runner;

    @Inject
    @ConfigProperty(name = INTERVAL, defaultValue = "PT1H")
    String interval;

    private final RepeatingTaskHealth health = RepeatingTaskHealth.withStackTrace(
            LOG, "The renewal run fails; it keeps trying", "The renewal run works again");
    private ScheduledFuture<?> task;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Duration every = Duration.parse(interval);
        if (every.isNegative() || every.isZero()) {
            throw new IllegalStateException(INTERVAL + " must be positive, e.g. PT1H: " + interval);
        }
        long first = Math.min(FIRST_RUN.toMillis(), every.toMillis());
        task = scheduler.scheduleWithFixedDelay(this::run, first, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            runner.run("programado");
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
