package io.andes.core.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Undoes a change made outside the database (in the identity provider) when the current transaction does not commit,
 * so that both sides end the same way. Undo steps run newest first.
 */
@ApplicationScoped
public class UndoOnRollback {

    private static final Logger LOG = System.getLogger(UndoOnRollback.class.getName());

    @Resource
    TransactionSynchronizationRegistry registry;

    /** Registers {@code undo} to run if the current transaction rolls back; requires an active transaction. */
    public void onRollback(Runnable undo) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    runQuietly(undo);
                }
            }
        });
    }

    private static void runQuietly(Runnable undo) {
        try {
            undo.run();
        } catch (RuntimeException e) {
            // Nothing more can be done here; the operator sees which change is left over.
            LOG.log(Level.ERROR, "Could not undo an identity-provider change after a rollback", e);
        }
    }
}
