package io.andes.core.problem;

/**
 * Every kind of error a client can cause, with its HTTP status and a title in Spanish and English. The {@code type}
 * URI is stable: clients may switch on it.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "Datos no válidos", "Invalid data"),
    MALFORMED_REQUEST("malformed-request", 400, "Solicitud mal formada", "Malformed request"),
    MISSING_IDEMPOTENCY_KEY(
            "missing-idempotency-key", 400, "Falta la clave de idempotencia", "Idempotency key missing"),
    UNAUTHENTICATED("unauthenticated", 401, "Autenticación requerida", "Authentication required"),
    FORBIDDEN("forbidden", 403, "Acceso denegado", "Access denied"),
    TENANT_NOT_ACTIVE("tenant-not-active", 403, "Cuenta suspendida", "Account suspended"),
    NOT_FOUND("not-found", 404, "No encontrado", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Método no permitido", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Formato de respuesta no disponible", "Response format not available"),
    CONFLICT("conflict", 409, "Conflicto con el estado actual", "Conflict with the current state"),
    QUOTA_EXCEEDED("quota-exceeded", 409, "Cupo agotado", "Quota exhausted"),
    RELEASE_EXCEEDS_USAGE("release-exceeds-usage", 409, "Liberación mayor que el uso", "Release exceeds usage"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Solicitud demasiado grande", "Request too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Tipo de contenido no admitido", "Unsupported media type"),
    UNPROCESSABLE("unprocessable", 422, "Solicitud no procesable", "Unprocessable request"),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency-key-reused",
            422,
            "Clave de idempotencia usada con otra solicitud",
            "Idempotency key used with another request"),
    SERVICE_UNAVAILABLE(
            "service-unavailable", 503, "Servicio no disponible por el momento", "Service temporarily unavailable"),
    INTERNAL("internal", 500, "Error interno", "Internal error");

    private final String slug;
    private final int status;
    private final String spanishTitle;
    private final String englishTitle;

    ProblemType(String slug, int status, String spanishTitle, String englishTitle) {
        this.slug = slug;
        this.status = status;
        this.spanishTitle = spanishTitle;
        this.englishTitle = englishTitle;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public int status() {
        return status;
    }

    public String title(boolean english) {
        return english ? englishTitle : spanishTitle;
    }

    /** The type whose HTTP status is the given one, for errors raised by the runtime rather than by our code. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }
}
