package io.andes.billing.invoice.domain;

import java.util.List;
import java.util.Optional;

/** The platform's renewal runs, newest first. */
public interface RenewalRunRepository {

    void add(RenewalRun run);

    Optional<RenewalRun> find(String id);

    List<RenewalRun> list(int offset, int limit);

    long count();
}
