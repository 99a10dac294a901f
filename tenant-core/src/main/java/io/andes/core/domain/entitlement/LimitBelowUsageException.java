package io.andes.core.domain.entitlement;

import io.andes.core.api.EntitlementType;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.Map;

/** A limit change that would leave more units in use than allowed (e.g. removing user slots while the users exist). */
public class LimitBelowUsageException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public LimitBelowUsageException(EntitlementType type, long limit, int used) {
        super(
                ProblemType.CONFLICT,
                "El cupo de %s no puede bajar a %d: hay %d en uso."
                        .formatted(type.displayName(false).toLowerCase(), limit, used),
                "The %s quota cannot go down to %d: %d are in use."
                        .formatted(type.displayName(true).toLowerCase(), limit, used),
                Map.of("entitlement", type.name(), "limit", limit, "used", used));
    }
}
