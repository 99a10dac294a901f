package io.andes.core.interfaces.rest;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds RFC 9457 {@code application/problem+json} answers, titled in Spanish unless the client prefers English. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Looked up once: each {@code Json.createX} call would search the class path for a provider. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ProblemResponses() {}

    public static Response of(ProblemException problem, List<Locale> languages) {
        boolean english = prefersEnglish(languages);
        return build(problem.type(), problem.detail(english), problem.extensions(), english);
    }

    public static Response of(ProblemType type, String spanishDetail, String englishDetail, List<Locale> languages) {
        return of(new ProblemException(type, spanishDetail, englishDetail), languages);
    }

    /** The JSON text of a problem, for places outside JAX-RS (servlet filters). */
    public static String json(ProblemType type, String detail, boolean english) {
        return body(type, detail, Map.of(), english).build().toString();
    }

    private static Response build(ProblemType type, String detail, Map<String, Object> extensions, boolean english) {
        return Response.status(type.status())
                .type(MEDIA_TYPE)
                .header("Content-Language", english ? "en" : "es")
                .entity(body(type, detail, extensions, english).build().toString())
                .build();
    }

    private static JsonObjectBuilder body(
            ProblemType type, String detail, Map<String, Object> extensions, boolean english) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", type.uri())
                .add("title", type.title(english))
                .add("status", type.status())
                .add("detail", detail);
        extensions.forEach((name, value) -> body.add(name, toJson(value)));
        return body;
    }

    private static JsonValue toJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
            return object.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        if (value instanceof Integer number) {
            return JSON.createValue(number);
        }
        if (value instanceof Long number) {
            return JSON.createValue(number);
        }
        return value == null ? JsonValue.NULL : JSON.createValue(String.valueOf(value));
    }

    /** English when the client's first acceptable language is English; Spanish otherwise. */
    public static boolean prefersEnglish(List<Locale> languages) {
        return languages != null
                && !languages.isEmpty()
                && "en".equals(languages.get(0).getLanguage());
    }

    public static boolean prefersEnglish(String acceptLanguage) {
        return acceptLanguage != null
                && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }
}
