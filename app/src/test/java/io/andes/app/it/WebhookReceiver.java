package io.andes.app.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A tiny webhook receiver on 127.0.0.1 for the tests: records every POST by path and answers with the statuses
 * planned for that path, in order, then 200.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String path, String event, String delivery, String signature, String body) {}

    private final HttpServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<Integer>> plans = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests to {@code path} get these statuses, then 200. */
    void plan(String path, Integer... statuses) {
        plans.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).addAll(List.of(statuses));
    }

    List<Received> at(String path) {
        List<Received> all = new ArrayList<>();
        received.stream().filter(r -> r.path().equals(path)).forEach(all::add);
        return all;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getPath();
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    path,
                    headers.getFirst("X-Andes-Event"),
                    headers.getFirst("X-Andes-Delivery"),
                    headers.getFirst("X-Andes-Signature"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            Integer planned =
                    plans.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
            exchange.sendResponseHeaders(planned == null ? 200 : planned, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
