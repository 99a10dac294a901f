package io.andes.billing.credit.domain;

import java.util.Optional;

/** The bound tenant's cancellation settlement: at most one. */
public interface SettlementRepository {

    Optional<CancellationSettlement> find();

    /** Adds and writes it; a second settlement of the tenant fails with a 409. */
    void add(CancellationSettlement settlement);
}
