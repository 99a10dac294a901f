package io.andes.core.interfaces.rest;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Refuses a JSON body that is not one well-formed JSON text before it is bound: JSON-B alone would accept trailing
 * garbage after the first value. Bodies are small (at most 1 MB), so reading them twice costs little.
 */
@Provider
public class WellFormedJson implements ReaderInterceptor {

    /** Looked up once: {@code Json.createParser} would search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        requireWellFormed(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void requireWellFormed(byte[] body) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                parser.next();
            }
        } catch (JsonException | IllegalStateException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "El cuerpo no es un JSON válido.", "The body is not valid JSON.");
        }
    }
}
