package io.andes.billing.payment.infrastructure;

import io.andes.billing.payment.application.AutoPayments;
import io.andes.billing.payment.application.CardRefunds;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Charges due automatic payments and executes pending refunds to the card every
 * {@code andes.payments.auto-charge-interval} (default five minutes) on every instance; the row claims make the
 * instances share the work.
 */
@WebListener
public class AutoPaymentWatch implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(AutoPaymentWatch.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    AutoPayments payments;

    @Inject
    CardRefunds refunds;

    @Inject
    @ConfigProperty(name = "andes.payments.auto-charge-interval", defaultValue = "PT5M")
    String interval;

    private ScheduledFuture<?> task;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long every = Duration.parse(interval).toMillis();
        task = scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    void run() {
        try {
            payments.chargeDue();
            refunds.refundPending();
        } catch (RuntimeException e) {
            // never let an exception escape: the executor would silently stop repeating the task
            LOG.log(Level.WARNING, "The automatic payment job failed; it runs again", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (task != null) {
            task.cancel(false);
        }
    }
}
