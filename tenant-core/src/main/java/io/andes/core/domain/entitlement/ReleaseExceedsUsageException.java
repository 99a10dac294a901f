package io.andes.core.domain.entitlement;

import io.andes.core.api.EntitlementType;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.Map;

/** A release of more units than are in use. */
public class ReleaseExceedsUsageException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ReleaseExceedsUsageException(EntitlementType type, int used, int requested) {
        super(
                ProblemType.RELEASE_EXCEEDS_USAGE,
                "No se pueden liberar %d de %s: solo %d están en uso."
                        .formatted(requested, type.displayName(false).toLowerCase(), used),
                "Cannot release %d %s: only %d are in use."
                        .formatted(requested, type.displayName(true).toLowerCase(), used),
                Map.of("entitlement", type.name(), "used", used, "requested", requested));
    }
}
