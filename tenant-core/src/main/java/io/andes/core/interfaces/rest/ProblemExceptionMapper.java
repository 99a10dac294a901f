package io.andes.core.interfaces.rest;

import io.andes.core.problem.ProblemException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Client-caused errors raised by our own code. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProblemException problem) {
        return ProblemResponses.of(problem, headers.getAcceptableLanguages());
    }
}
