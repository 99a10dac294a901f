package io.andes.ticketing.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentRulesTest {

    private static final long TEN_MIB = 10L * 1024 * 1024;
    private final AttachmentRules rules = AttachmentRules.standard();

    private ProblemException refusal(String name, byte[] content) {
        return catchThrowableOfType(ProblemException.class, () -> rules.accept(name, content));
    }

    @Test
    void aRealPngIsAcceptedAsAnImage() {
        byte[] png = SampleFiles.png();

        AcceptedAttachment accepted = rules.accept("captura.png", png);

        assertThat(accepted.type()).isEqualTo(AttachmentType.PNG);
        assertThat(accepted.type().isImage()).isTrue();
        assertThat(accepted.name().value()).isEqualTo("captura.png");
        assertThat(accepted.sizeBytes()).isEqualTo(png.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"foto.jpg", "foto.JPEG", "foto.jpe", "Foto.Jfif"})
    void aJpegMayUseAnyOfItsUsualExtensions(String name) {
        assertThat(rules.accept(name, SampleFiles.jpeg()).type()).isEqualTo(AttachmentType.JPEG);
    }

    @Test
    void gifWebpAndPdfAreAcceptedAndOnlyThePdfIsNotAnImage() {
        assertThat(rules.accept("animacion.gif", SampleFiles.gif()).type().isImage())
                .isTrue();
        assertThat(rules.accept("foto.webp", SampleFiles.webp()).type().isImage())
                .isTrue();
        AcceptedAttachment pdf = rules.accept("contrato.pdf", SampleFiles.pdf());
        assertThat(pdf.type()).isEqualTo(AttachmentType.PDF);
        assertThat(pdf.type().isImage()).isFalse();
    }

    @Test
    void aNameWithoutExtensionGetsTheOneOfItsContent() {
        assertThat(rules.accept("captura", SampleFiles.png()).name().value()).isEqualTo("captura.png");
        assertThat(rules.accept("", SampleFiles.pdf()).name().value()).isEqualTo("archivo.pdf");
    }

    @Test
    void theAcceptedNameIsSanitised() {
        assertThat(rules.accept("../../etc/passwd.png", SampleFiles.png())
                        .name()
                        .value())
                .isEqualTo("passwd.png");
        assertThat(rules.accept("C:\\x\\y.png", SampleFiles.png()).name().value())
                .isEqualTo("y.png");
    }

    @Test
    void anEmptyFileIsInvalid() {
        ProblemException refused = refusal("vacio.pdf", new byte[0]);

        assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(refused.detail(false)).contains("vacio.pdf").contains("vacío");
    }

    @Test
    void tenMebibytesIsTheLargestFileAccepted() {
        byte[] head = SampleFiles.pdf();

        assertThat(rules.accept("grande.pdf", TEN_MIB, head).sizeBytes()).isEqualTo(TEN_MIB);
        ProblemException refused =
                catchThrowableOfType(ProblemException.class, () -> rules.accept("grande.pdf", TEN_MIB + 1, head));
        assertThat(refused.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThat(refused.detail(true)).contains("10 MB");
    }

    @Test
    void contentOfAnotherKindIsUnsupportedWhateverItsName() {
        assertThat(refusal("setup.exe", SampleFiles.windowsExecutable()).type())
                .isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal("fotos.png", SampleFiles.zip()).type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal("foto.png", SampleFiles.ascii("<html><script>alert(1)</script>"))
                        .extensions())
                .doesNotContainKey("reason");
    }

    @Test
    void aFileWhoseNameDisagreesWithItsContentIsRefusedAsDisguised() {
        ProblemException pngAsPdf = refusal("factura.pdf", SampleFiles.png());
        ProblemException pngAsExe = refusal("foto.exe", SampleFiles.png());
        ProblemException pdfAsJpg = refusal("foto.jpg", SampleFiles.pdf());

        assertThat(pngAsPdf.type()).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(pngAsPdf.extensions())
                .containsEntry("reason", "disguised")
                .containsEntry("detected", "image/png")
                .containsEntry("file", "factura.pdf");
        assertThat(pngAsPdf.detail(false)).contains("no corresponde a su contenido");
        assertThat(pngAsExe.extensions()).containsEntry("reason", "disguised");
        assertThat(pdfAsJpg.extensions()).containsEntry("detected", "application/pdf");
    }

    @Test
    void tenFilesFitButAnEleventhDoesNot() {
        assertThatCode(() -> rules.checkRoomFor(0, 10)).doesNotThrowAnyException();
        assertThatCode(() -> rules.checkRoomFor(7, 3)).doesNotThrowAnyException();

        ProblemException tooManyAtOnce = catchThrowableOfType(ProblemException.class, () -> rules.checkRoomFor(0, 11));
        ProblemException noRoomLeft = catchThrowableOfType(ProblemException.class, () -> rules.checkRoomFor(8, 3));

        assertThat(tooManyAtOnce.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(noRoomLeft.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(noRoomLeft.extensions()).containsEntry("maxFiles", 10).containsEntry("attached", 8);
    }
}
