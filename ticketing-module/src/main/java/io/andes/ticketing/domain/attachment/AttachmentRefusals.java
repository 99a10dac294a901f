package io.andes.ticketing.domain.attachment;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.Map;

/** The problems an attachment can cause, naming the file (sanitised) so the user knows which one to fix. */
final class AttachmentRefusals {

    /** Extension value that separates a disguised file from a merely unsupported one. */
    static final String DISGUISED = "disguised";

    private static final String ACCEPTED = "JPEG, PNG, GIF, WEBP, PDF";

    private AttachmentRefusals() {}

    static ProblemException empty(AttachmentFileName name) {
        return ProblemException.invalidField(
                "file",
                "está vacío",
                "El archivo «" + name.value() + "» está vacío.",
                "The file \"" + name.value() + "\" is empty.");
    }

    static ProblemException tooLarge(AttachmentFileName name, long maxBytes) {
        long megabytes = maxBytes / (1024 * 1024);
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "El archivo «" + name.value() + "» supera el máximo de " + megabytes + " MB.",
                "The file \"" + name.value() + "\" is larger than the " + megabytes + " MB maximum.",
                Map.of("file", name.value(), "maxBytes", maxBytes));
    }

    static ProblemException unsupported(AttachmentFileName name) {
        return new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "El archivo «" + name.value() + "» no es de un tipo admitido (" + ACCEPTED + ").",
                "The file \"" + name.value() + "\" is not of an accepted type (" + ACCEPTED + ").",
                Map.of("file", name.value(), "accepted", ACCEPTED));
    }

    static ProblemException disguised(AttachmentFileName name, AttachmentType detected) {
        return new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "El nombre de «" + name.value() + "» no corresponde a su contenido (" + detected
                        + "); renómbrelo con la extensión correcta.",
                "The name of \"" + name.value() + "\" does not match its content (" + detected
                        + "); rename it with the right extension.",
                Map.of("file", name.value(), "reason", DISGUISED, "detected", detected.mediaType()));
    }
}
