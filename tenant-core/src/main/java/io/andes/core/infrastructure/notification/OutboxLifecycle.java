package io.andes.core.infrastructure.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts the outbox poller when the web application starts and stops it when it stops. A servlet listener rather than
 * a CDI start-up observer on purpose: on Payara, resources in {@code java:comp} cannot be injected into library beans
 * while CDI is still initialising (the deployment fails), and by the time the web module starts the schema migration,
 * which runs at CDI initialisation, is done. {@code contextDestroyed} comes before the data source goes away.
 */
@WebListener
public class OutboxLifecycle implements ServletContextListener {

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxPoller poller;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        poller.start(scheduler);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        poller.stop();
    }
}
