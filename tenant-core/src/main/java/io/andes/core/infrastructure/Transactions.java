package io.andes.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/** Runs a unit of work in a transaction, for use cases that need more than one (such as an idempotent retry). */
@ApplicationScoped
public class Transactions {

    /** In the caller's transaction, or in a new one when there is none. */
    @Transactional(TxType.REQUIRED)
    public <T> T required(Supplier<T> work) {
        return work.get();
    }

    /** In a new transaction of its own, whatever the caller has. */
    @Transactional(TxType.REQUIRES_NEW)
    public <T> T requiresNew(Supplier<T> work) {
        return work.get();
    }
}
