package io.andes.core.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client-caused error that becomes an RFC 9457 problem: a stable type, a detail in Spanish and English, and
 * optional extension members (for a full quota: which one, its limit and where to buy more).
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final String englishDetail;
    private final transient Map<String, Object> extensions;

    public ProblemException(ProblemType type, String spanishDetail, String englishDetail) {
        this(type, spanishDetail, englishDetail, Map.of());
    }

    public ProblemException(
            ProblemType type, String spanishDetail, String englishDetail, Map<String, Object> extensions) {
        super(spanishDetail);
        this.type = type;
        this.englishDetail = englishDetail;
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A 400 about one field: the detail in both languages, and the field with its (Spanish) message. */
    public static ProblemException invalidField(
            String field, String message, String spanishDetail, String englishDetail) {
        return new ProblemException(
                ProblemType.VALIDATION,
                spanishDetail,
                englishDetail,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }

    /** A 404 that says what was not found, without saying whether it exists for someone else. */
    public static ProblemException notFound(String spanishWhat, String englishWhat) {
        return new ProblemException(
                ProblemType.NOT_FOUND, "No se encontró " + spanishWhat + ".", englishWhat + " was not found.");
    }

    public ProblemType type() {
        return type;
    }

    public String detail(boolean english) {
        return english ? englishDetail : getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
