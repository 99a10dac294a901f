package io.andes.ticketing.domain.attachment;

import java.util.Objects;

/** A file that passed {@link AttachmentRules}: its safe name, its kind as detected from content, and its size. */
public record AcceptedAttachment(AttachmentFileName name, AttachmentType type, long sizeBytes) {

    public AcceptedAttachment {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        if (sizeBytes < 1) {
            throw new IllegalArgumentException("An accepted attachment is never empty");
        }
    }
}
