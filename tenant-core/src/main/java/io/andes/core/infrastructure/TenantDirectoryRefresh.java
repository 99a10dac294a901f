package io.andes.core.infrastructure;

import io.andes.core.application.CachedTenantDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Refreshes the tenant directory's entries in use every {@value #EVERY_SECONDS} seconds on the container's managed
 * scheduler, from the web application's start to its stop (a servlet listener for the reason given on the outbox's).
 * Should a refresh fail (the database gone, say), entries simply expire and requests load them as before.
 */
@WebListener
public class TenantDirectoryRefresh implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(TenantDirectoryRefresh.class.getName());
    static final long EVERY_SECONDS = 5;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    CachedTenantDirectory directory;

    private final RepeatingTaskHealth health = RepeatingTaskHealth.inOneLine(
            LOG,
            "The tenant directory cannot refresh; requests load tenants themselves",
            "The tenant directory refreshes again");
    private ScheduledFuture<?> task;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        task = scheduler.scheduleWithFixedDelay(this::refresh, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    void refresh() {
        try {
            directory.refresh();
            health.worked();
        } catch (RuntimeException e) {
            // never let it escape: the executor would silently stop repeating the task
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
