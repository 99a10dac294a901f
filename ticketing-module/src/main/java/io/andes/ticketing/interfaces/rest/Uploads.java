package io.andes.ticketing.interfaces.rest;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.application.AttachmentUseCases;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The files of a multipart upload (parts named {@code file}), read up to one byte past the per-file limit. */
final class Uploads {

    /** One byte past the per-file limit is enough to know a file is too large. */
    private static final int READ_LIMIT = 10 * 1024 * 1024 + 1;

    private Uploads() {}

    static List<AttachmentUseCases.Upload> of(List<EntityPart> parts) {
        if (parts == null || parts.isEmpty()) {
            throw ProblemException.invalidField(
                    "file",
                    "es obligatorio",
                    "Adjunte al menos un archivo en la parte «file».",
                    "Attach at least one file in the part \"file\".");
        }
        List<AttachmentUseCases.Upload> uploads = new ArrayList<>();
        for (EntityPart part : parts) {
            uploads.add(new AttachmentUseCases.Upload(part.getFileName().orElse(""), read(part)));
        }
        return uploads;
    }

    private static byte[] read(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(READ_LIMIT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
