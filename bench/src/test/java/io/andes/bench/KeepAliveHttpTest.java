package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeepAliveHttpTest {

    /** A scripted HTTP/1.1 server: each connection answers up to {@code perConnection} requests with {@code answer}. */
    private static final class Server implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        final List<String> requests = new CopyOnWriteArrayList<>();

        Server(int perConnection, String answer) throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        connections.incrementAndGet();
                        serve(connection, perConnection, answer);
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void serve(Socket connection, int perConnection, String answer) throws IOException {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = connection.getOutputStream();
            for (int served = 0; served < perConnection; served++) {
                String requestLine = in.readLine();
                if (requestLine == null) {
                    return;
                }
                int length = 0;
                for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
                    if (header.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring(15).trim());
                    }
                }
                char[] body = new char[length];
                int read = 0;
                while (read < length) {
                    read += in.read(body, read, length - read);
                }
                requests.add(requestLine + " " + new String(body));
                out.write(answer.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private Server server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void requestsShareOneConnectionAndBodiesGoWithTheirLength() throws Exception {
        server = new Server(100, "HTTP/1.1 201 Created\r\nContent-Length: 7\r\n\r\n{\"a\":1}");
        try (KeepAliveHttp http = new KeepAliveHttp(server.base())) {
            URI uri = server.base().resolve("/api/v1/x?y=1");
            for (int i = 0; i < 3; i++) {
                KeepAliveHttp.Response response = http.send(
                        KeepAliveHttp.Request.post(uri, Map.of("Accept", "application/json"), "{\"q\":" + i + "}"));
                assertThat(response).isEqualTo(new KeepAliveHttp.Response(201, "{\"a\":1}"));
            }
        }
        assertThat(server.connections).hasValue(1);
        assertThat(server.requests)
                .containsExactly(
                        "POST /api/v1/x?y=1 HTTP/1.1 {\"q\":0}",
                        "POST /api/v1/x?y=1 HTTP/1.1 {\"q\":1}",
                        "POST /api/v1/x?y=1 HTTP/1.1 {\"q\":2}");
    }

    @Test
    void aChunkedAnswerIsReadWhole() throws Exception {
        server = new Server(
                100, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nhola\r\n6;x=y\r\n mundo\r\n0\r\n\r\n");
        try (KeepAliveHttp http = new KeepAliveHttp(server.base())) {
            for (int i = 0; i < 2; i++) {
                assertThat(http.send(KeepAliveHttp.Request.get(server.base().resolve("/"), Map.of())))
                        .isEqualTo(new KeepAliveHttp.Response(200, "hola mundo"));
            }
        }
        assertThat(server.connections).hasValue(1);
    }

    @Test
    void aConnectionTheServerClosedIsOpenedAgainAndTheRequestSentOnce() throws Exception {
        // one answer per connection, without saying so: the next request finds the kept connection closed
        server = new Server(1, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        try (KeepAliveHttp http = new KeepAliveHttp(server.base())) {
            for (int i = 0; i < 3; i++) {
                assertThat(http.send(KeepAliveHttp.Request.post(server.base().resolve("/c"), Map.of(), "b" + i))
                                .body())
                        .isEqualTo("ok");
            }
        }
        assertThat(server.connections).hasValue(3);
        assertThat(server.requests)
                .containsExactly("POST /c HTTP/1.1 b0", "POST /c HTTP/1.1 b1", "POST /c HTTP/1.1 b2");
    }

    @Test
    void connectionCloseInTheAnswerOpensANewConnectionForTheNextRequest() throws Exception {
        server = new Server(100, "HTTP/1.1 409 Conflict\r\nConnection: close\r\nContent-Length: 4\r\n\r\nfull");
        try (KeepAliveHttp http = new KeepAliveHttp(server.base())) {
            assertThat(http.send(KeepAliveHttp.Request.get(server.base().resolve("/"), Map.of())))
                    .isEqualTo(new KeepAliveHttp.Response(409, "full"));
            assertThat(http.send(KeepAliveHttp.Request.get(server.base().resolve("/"), Map.of()))
                            .status())
                    .isEqualTo(409);
        }
        assertThat(server.connections).hasValue(2);
    }
}
