package io.andes.app.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/**
 * Files a requester attaches to a ticket, small and real (images written by the JDK's own encoders), sent as a
 * browser sends them (multipart/form-data, one part named {@code file} per file, typed after its name, so that only
 * the content tells what a file really is) and fetched back as exact bytes.
 */
final class TicketFiles {

    /** 10 MiB, the largest attachment a ticket accepts. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final HttpClient RAW =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private TicketFiles() {}

    /** One file as the requester picked it: the name their computer gave it and its bytes. */
    record Part(String fileName, byte[] content) {}

    /** A request body and the Content-Type header (with its boundary) that goes with it. */
    record Multipart(String contentType, byte[] body) {}

    /** A downloaded file: the answer's status and headers, and its body exactly as sent. */
    record Download(int status, HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG signature followed by zeros up to {@code size} bytes: a PNG as far as content sniffing can tell. */
    static byte[] pngOfSize(int size) {
        return padded(PNG_SIGNATURE, size);
    }

    /** A PDF header followed by zeros up to {@code size} bytes; PDFs get no thumbnail, so nothing decodes it. */
    static byte[] pdfOfSize(int size) {
        return padded(ascii("%PDF-1.4\n"), size);
    }

    static Multipart multipart(Part... parts) {
        String boundary = "andes-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(utf8("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=" + quoted(part.fileName()) + "\r\n"
                    + "Content-Type: " + browsersGuess(part.fileName()) + "\r\n\r\n"));
            body.writeBytes(part.content());
            body.writeBytes(utf8("\r\n"));
        }
        body.writeBytes(utf8("--" + boundary + "--\r\n"));
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Posts {@code files} to {@code path} as one multipart/form-data request. */
    static Api.Reply upload(Api api, String path, String token, Part... files) {
        Multipart multipart = multipart(files);
        return api.send(api.request(path, token)
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body())));
    }

    /** Gets {@code path} as bytes: {@link Api} reads bodies as text, which would mangle a binary file. */
    static Download download(Api api, String path, String token) {
        try {
            HttpResponse<byte[]> response =
                    RAW.send(api.request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A header parameter as an HTTP quoted-string, where a backslash escapes the next character. */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Browsers type a file after its extension, never after its content. */
    private static String browsersGuess(String fileName) {
        return Optional.ofNullable(URLConnection.guessContentTypeFromName(fileName))
                .orElse("application/octet-stream");
    }

    private static byte[] padded(byte[] head, int size) {
        return Arrays.copyOf(head, size);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] image(String format) {
        BufferedImage picture = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, 0xD52B1E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(picture, format, out)) {
                throw new IllegalStateException("No " + format + " writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
