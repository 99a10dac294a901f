package io.andes.core.interfaces.rest;

import io.andes.core.problem.ProblemType;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: an unreadable body is the client's mistake (400); anything else is ours, logged with an id that the
 * client also gets, and answered 500 without internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        if (isUnreadableBody(error)) {
            return ProblemResponses.of(
                    ProblemType.MALFORMED_REQUEST,
                    "El cuerpo no es un JSON válido para esta operación.",
                    "The body is not valid JSON for this operation.",
                    headers.getAcceptableLanguages());
        }
        return internal(error, headers);
    }

    static Response internal(Throwable error, HttpHeaders headers) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id, error);
        return ProblemResponses.of(
                ProblemType.INTERNAL,
                "Ocurrió un error inesperado (referencia " + id + "). Intente de nuevo.",
                "An unexpected error occurred (reference " + id + "). Please try again.",
                headers.getAcceptableLanguages());
    }

    private static boolean isUnreadableBody(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException
                    || cause instanceof JsonException
                    || cause instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }
}
