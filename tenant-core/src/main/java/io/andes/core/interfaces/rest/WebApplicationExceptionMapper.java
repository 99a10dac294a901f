package io.andes.core.interfaces.rest;

import io.andes.core.problem.ProblemType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors raised by the REST runtime itself (no such route, wrong method or media type, unreadable body). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedErrorMapper.internal(exception, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        return ProblemResponses.of(type, spanish(type), english(type), headers.getAcceptableLanguages());
    }

    private static String spanish(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No existe el recurso pedido.";
            case METHOD_NOT_ALLOWED -> "El recurso no admite este método.";
            case UNSUPPORTED_MEDIA_TYPE -> "Envíe el cuerpo como application/json.";
            case NOT_ACCEPTABLE -> "El recurso responde en application/json.";
            case UNAUTHENTICATED -> "Envíe un token de acceso válido.";
            case FORBIDDEN -> "No tiene permiso para esta operación.";
            default -> "La solicitud no se puede leer: revise el JSON y los parámetros.";
        };
    }

    private static String english(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "The requested resource does not exist.";
            case METHOD_NOT_ALLOWED -> "The resource does not allow this method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            case NOT_ACCEPTABLE -> "The resource answers in application/json.";
            case UNAUTHENTICATED -> "Send a valid access token.";
            case FORBIDDEN -> "You are not allowed to do this.";
            default -> "The request cannot be read: check the JSON and the parameters.";
        };
    }
}
