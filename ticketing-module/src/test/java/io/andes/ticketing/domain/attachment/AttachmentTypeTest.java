package io.andes.ticketing.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttachmentTypeTest {

    static Stream<Arguments> realFiles() {
        return Stream.of(
                Arguments.of("PNG", SampleFiles.png(), AttachmentType.PNG),
                Arguments.of("JPEG", SampleFiles.jpeg(), AttachmentType.JPEG),
                Arguments.of("GIF", SampleFiles.gif(), AttachmentType.GIF),
                Arguments.of("WEBP", SampleFiles.webp(), AttachmentType.WEBP),
                Arguments.of("PDF", SampleFiles.pdf(), AttachmentType.PDF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void eachAcceptedKindIsRecognisedFromItsLeadingBytes(String name, byte[] content, AttachmentType expected) {
        assertThat(AttachmentType.detect(content)).contains(expected);
        assertThat(AttachmentType.detect(Arrays.copyOf(content, AttachmentType.SNIFF_LENGTH)))
                .contains(expected);
    }

    static Stream<Arguments> otherContent() {
        return Stream.of(
                Arguments.of("ZIP", SampleFiles.zip()),
                Arguments.of("Windows executable", SampleFiles.windowsExecutable()),
                Arguments.of("HTML", SampleFiles.ascii("<!DOCTYPE html><script>alert(1)</script>")),
                Arguments.of("SVG", SampleFiles.ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
                Arguments.of("WAV (RIFF but not WEBP)", SampleFiles.ascii("RIFF\u0024\0\0\0WAVEfmt ")),
                Arguments.of("GIF of an unknown version", SampleFiles.ascii("GIF88a\1\0\1\0")),
                Arguments.of("a PDF header too short", SampleFiles.ascii("%PD")),
                Arguments.of("a PDF with junk before its header", SampleFiles.ascii("junk%PDF-1.4")),
                Arguments.of("nothing", new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherContent")
    void anythingElseIsNotRecognised(String name, byte[] content) {
        assertThat(AttachmentType.detect(content)).isEmpty();
    }

    @Test
    void imagesGetThumbnailsAndPdfsDoNot() {
        assertThat(AttachmentType.WEBP.isImage()).isTrue();
        assertThat(AttachmentType.PDF.isImage()).isFalse();
        assertThat(AttachmentType.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(AttachmentType.PDF.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void extensionsAreMatchedWithoutRegardToCase() {
        assertThat(AttachmentType.JPEG.hasExtension("JPG")).isTrue();
        assertThat(AttachmentType.JPEG.hasExtension("jpeg")).isTrue();
        assertThat(AttachmentType.JPEG.canonicalExtension()).isEqualTo("jpg");
        assertThat(AttachmentType.PDF.hasExtension("Pdf")).isTrue();
        assertThat(AttachmentType.PNG.hasExtension("jpg")).isFalse();
    }
}
