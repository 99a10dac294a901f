package io.andes.core.domain.tenant;

import java.util.List;
import java.util.Optional;

/** The plans on offer. */
public interface PlanRepository {

    Optional<Plan> find(String code);

    List<Plan> all();
}
