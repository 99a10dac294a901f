package io.andes.core.domain.entitlement;

import io.andes.core.api.EntitlementType;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.Map;

/** The requested units do not fit in the quota; the problem says which quota and points to the store. */
public class QuotaExceededException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public QuotaExceededException(EntitlementType type, int limit, int used, int requested) {
        super(
                ProblemType.QUOTA_EXCEEDED,
                "El cupo de %s está completo: usa %d de %d y pidió %d más. Puede ampliarlo en la tienda."
                        .formatted(type.displayName(false).toLowerCase(), used, limit, requested),
                "The %s quota is full: %d of %d in use and %d more requested. You can extend it in the store."
                        .formatted(type.displayName(true).toLowerCase(), used, limit, requested),
                Map.of(
                        "entitlement", type.name(),
                        "limit", limit,
                        "used", used,
                        "requested", requested,
                        "store", "/store?add=" + type.name()));
    }
}
