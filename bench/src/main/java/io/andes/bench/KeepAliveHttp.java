package io.andes.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A blocking HTTP/1.1 client on one kept-alive connection, for one load thread: the request is written and its answer
 * read on the caller's thread, as a JDBC client does with its connection. The JDK's {@code HttpClient} hands each
 * exchange to its selector and executor threads, which on a small machine takes CPU from the server being measured;
 * this client spends next to nothing between the bytes. It speaks just what the benchmark needs: a request with an
 * optional body, an answer with {@code Content-Length} or chunked; the connection is opened again when the server
 * closes it (after its keep-alive maximum) or when a reused one turns out stale before any answer came.
 */
final class KeepAliveHttp implements AutoCloseable {

    /** One request: method, absolute URI (its authority must be this client's), headers and an optional body. */
    record Request(String method, URI uri, Map<String, String> headers, String body) {

        Request {
            headers = Map.copyOf(headers);
        }

        static Request get(URI uri, Map<String, String> headers) {
            return new Request("GET", uri, headers, null);
        }

        static Request post(URI uri, Map<String, String> headers, String body) {
            return new Request("POST", uri, headers, body);
        }

        String target() {
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        }
    }

    /** The answer: status and body, decoded as UTF-8. */
    record Response(int status, String body) {}

    private static final int TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    Response send(Request request) throws IOException {
        byte[] head = head(request);
        byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
        boolean reused = socket != null;
        try {
            return exchange(head, body);
        } catch (StaleConnection stale) {
            if (!reused) {
                throw stale;
            }
            // the server closed the kept connection before it read this request: nothing was done, send it again
            disconnect();
            return exchange(head, body);
        }
    }

    private Response exchange(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(head);
            out.write(body);
            out.flush();
        } catch (IOException e) {
            throw new StaleConnection(e);
        }
        int first;
        try {
            first = in.read();
        } catch (SocketTimeoutException slow) {
            throw slow; // the server may be working on it: never sent twice
        } catch (IOException e) {
            throw new StaleConnection(e); // reset before any answer: the server had closed it
        }
        if (first < 0) {
            throw new StaleConnection(new EOFException("connection closed before the answer"));
        }
        return readResponse(first);
    }

    private byte[] head(Request request) {
        StringBuilder head = new StringBuilder(256)
                .append(request.method())
                .append(' ')
                .append(request.target())
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append(':')
                .append(port)
                .append("\r\n");
        request.headers()
                .forEach((name, value) ->
                        head.append(name).append(": ").append(value).append("\r\n"));
        if (request.body() != null) {
            head.append("Content-Length: ")
                    .append(request.body().getBytes(StandardCharsets.UTF_8).length)
                    .append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private Response readResponse(int first) throws IOException {
        String statusLine = (char) first + line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.1 answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(
                        header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes(); // delimited by the close
            headers.put("connection", "close");
        }
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            disconnect();
        }
        return new Response(status, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                while (!line().isEmpty()) {
                    // trailers, none expected
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(); // the CRLF after the chunk
        }
    }

    /** One header line without its CRLF; the header section is ASCII. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed in the middle of an answer");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    private void connect() throws IOException {
        Socket opened = new Socket();
        opened.setTcpNoDelay(true);
        opened.setSoTimeout(TIMEOUT_MILLIS);
        opened.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        socket = opened;
        in = new BufferedInputStream(opened.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(opened.getOutputStream(), 16 * 1024);
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection we no longer use
            }
        }
        socket = null;
        in = null;
        out = null;
    }

    @Override
    public void close() {
        disconnect();
    }

    /** The kept connection was gone before the server read the request. */
    private static final class StaleConnection extends IOException {
        StaleConnection(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
