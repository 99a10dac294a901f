package io.andes.ticketing.domain.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file kinds a ticket accepts, each recognised by its leading bytes ("magic numbers"): whatever a name or a
 * browser claims, a file is what its content says. Images get thumbnails; PDFs do not.
 */
public enum AttachmentType {
    JPEG("image/jpeg", true, List.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("image/png", true, List.of("png")),
    GIF("image/gif", true, List.of("gif")),
    WEBP("image/webp", true, List.of("webp")),
    PDF("application/pdf", false, List.of("pdf"));

    /** Enough leading bytes to tell every accepted kind apart (WEBP needs 12). */
    public static final int SNIFF_LENGTH = 12;

    private static final byte[] JPEG_SOI = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;
    private final boolean image;
    private final List<String> extensions;

    AttachmentType(String mediaType, boolean image, List<String> extensions) {
        this.mediaType = mediaType;
        this.image = image;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return image;
    }

    /** The extension a stored file of this kind gets when its name has none. */
    public String canonicalExtension() {
        return extensions.get(0);
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The kind whose signature starts {@code head}, or empty for anything else (including too few bytes). */
    public static Optional<AttachmentType> detect(byte[] head) {
        return Arrays.stream(values()).filter(type -> type.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        return switch (this) {
            case JPEG -> startsWith(head, 0, JPEG_SOI);
            case PNG -> startsWith(head, 0, PNG_SIGNATURE);
            case GIF -> startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"));
            case WEBP -> startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"));
            case PDF -> startsWith(head, 0, ascii("%PDF-"));
        };
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
