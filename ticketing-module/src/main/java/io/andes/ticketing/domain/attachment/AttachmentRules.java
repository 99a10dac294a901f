package io.andes.ticketing.domain.attachment;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.Map;
import java.util.Optional;

/**
 * What a ticket or request item accepts: at most {@code maxFiles} files, each non-empty and at most
 * {@code maxBytes}, of a kind in {@link AttachmentType} as told by the content. A name whose extension says one
 * kind while the bytes say another is refused as disguised: that mismatch is how malware reaches an agent's desk.
 */
public record AttachmentRules(int maxFiles, long maxBytes) {

    public static final int DEFAULT_MAX_FILES = 10;
    /** 10 MiB: the "10 MB" of the product, in the binary sense browsers and operating systems display. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public AttachmentRules {
        if (maxFiles < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("Attachment limits are positive");
        }
    }

    public static AttachmentRules standard() {
        return new AttachmentRules(DEFAULT_MAX_FILES, DEFAULT_MAX_BYTES);
    }

    /** Refuses a batch that is too large by itself (400) or too large for what is already attached (409). */
    public void checkRoomFor(int alreadyAttached, int adding) {
        if (adding > maxFiles) {
            throw ProblemException.invalidField(
                    "files",
                    "admite como máximo " + maxFiles + " archivos",
                    "Se pueden adjuntar como máximo " + maxFiles + " archivos; se enviaron " + adding + ".",
                    "At most " + maxFiles + " files can be attached; " + adding + " were sent.");
        }
        if (alreadyAttached + adding > maxFiles) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Ya hay " + alreadyAttached + " archivos adjuntos; el máximo es " + maxFiles + ".",
                    alreadyAttached + " files are already attached; the maximum is " + maxFiles + ".",
                    Map.of("maxFiles", maxFiles, "attached", alreadyAttached));
        }
    }

    /** Checks a whole file held in memory. */
    public AcceptedAttachment accept(String declaredName, byte[] content) {
        return accept(declaredName, content.length, content);
    }

    /**
     * Checks a file from its declared name, its size and its first bytes (at least
     * {@link AttachmentType#SNIFF_LENGTH}, more is fine), so that a streamed upload need not be held in memory.
     */
    public AcceptedAttachment accept(String declaredName, long sizeBytes, byte[] head) {
        AttachmentFileName name = AttachmentFileName.of(declaredName);
        if (sizeBytes < 1) {
            throw AttachmentRefusals.empty(name);
        }
        if (sizeBytes > maxBytes) {
            throw AttachmentRefusals.tooLarge(name, maxBytes);
        }
        AttachmentType type = AttachmentType.detect(head).orElseThrow(() -> AttachmentRefusals.unsupported(name));
        Optional<String> extension = name.extension();
        if (extension.isEmpty()) {
            return new AcceptedAttachment(name.withExtension(type.canonicalExtension()), type, sizeBytes);
        }
        if (!type.hasExtension(extension.get())) {
            throw AttachmentRefusals.disguised(name, type);
        }
        return new AcceptedAttachment(name, type, sizeBytes);
    }
}
