package io.andes.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ticket API calls the benchmark measures, as a tenant user: the history's first page, the same filtered by a
 * random status, a text search for a word some subjects contain, the look for similar open tickets that comes before
 * opening one (a random leaf category and a generated subject), and opening a ticket with generated content.
 */
final class TicketRoutes {

    static final String PAGE = "page=0&size=20";
    static final List<String> STATUSES = List.of("NUEVO", "ABIERTO", "EN_ESPERA_CLIENTE", "RESUELTO", "CERRADO");

    private final String tickets;

    TicketRoutes(String baseUrl) {
        this.tickets = baseUrl + "/api/v1/tickets";
    }

    /** The read routes, in the report's order. */
    List<ApiLoad.Call> reads() {
        return List.of(history(), byStatus(), search(), similarOpen());
    }

    ApiLoad.Call history() {
        return get("history", "?" + PAGE);
    }

    ApiLoad.Call byStatus() {
        return new ApiLoad.Call(
                "history by status",
                token -> request(
                        "?status=" + STATUSES.get(ThreadLocalRandom.current().nextInt(STATUSES.size())) + "&" + PAGE,
                        token),
                200);
    }

    ApiLoad.Call search() {
        return get("search q=" + TicketTexts.SEARCH_WORD, "?q=" + TicketTexts.SEARCH_WORD + "&" + PAGE);
    }

    ApiLoad.Call similarOpen() {
        return new ApiLoad.Call(
                "similar open",
                token -> {
                    TicketTexts.Content content = new TicketTexts(ThreadLocalRandom.current()).content();
                    return request(
                            "/similar-open?categoryId=" + content.leaf().id() + "&subject="
                                    + URLEncoder.encode(content.subject(), StandardCharsets.UTF_8),
                            token);
                },
                200);
    }

    /** Any of the read routes, drawn per request: the JIT warm-up's mix. */
    ApiLoad.Call anyRead() {
        List<ApiLoad.Call> reads = reads();
        return new ApiLoad.Call(
                "reads",
                token -> reads.get(ThreadLocalRandom.current().nextInt(reads.size()))
                        .request()
                        .apply(token),
                200);
    }

    ApiLoad.Call open() {
        return new ApiLoad.Call(
                ApiLoad.SIDE,
                token -> ApiLoad.post(
                        URI.create(tickets), token, body(new TicketTexts(ThreadLocalRandom.current()).content())),
                201);
    }

    static String body(TicketTexts.Content content) {
        return "{\"serviceCode\":%s,\"categoryId\":%d,\"subject\":%s,\"description\":%s}"
                .formatted(
                        json(content.leaf().service()),
                        content.leaf().id(),
                        json(content.subject()),
                        json(content.description()));
    }

    /** A JSON string literal; the generated texts hold no control characters. */
    static String json(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private ApiLoad.Call get(String side, String query) {
        return new ApiLoad.Call(side, token -> request(query, token), 200);
    }

    private KeepAliveHttp.Request request(String query, String token) {
        return ApiLoad.get(URI.create(tickets + query), token);
    }
}
