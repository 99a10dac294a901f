package io.andes.ticketing.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentFileNameTest {

    private static String sanitised(String raw) {
        return AttachmentFileName.of(raw).value();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd | passwd",
                "..\\..\\windows\\win.ini | win.ini",
                "C:\\x\\y.png | y.png",
                "/var/www/../uploads/foto.jpg | foto.jpg",
                "a..b.png | a.b.png",
                "factura....pdf | factura.pdf",
                "informe: <marzo>?.pdf | informe marzo.pdf",
                "nombre. | nombre",
                ".htaccess | archivo.htaccess",
                "...png | archivo.png",
                "CON.txt | _CON.txt",
                "lpt1 | _lpt1"
            })
    void pathsTraversalAndReservedCharactersAreRemoved(String raw, String expected) {
        assertThat(sanitised(raw)).isEqualTo(expected);
    }

    @Test
    void windowsReservedCharactersAreRemoved() {
        assertThat(sanitised("a|b*c\"d<e>f:g?.gif")).isEqualTo("abcdefg.gif");
    }

    @Test
    void controlAndInvisibleCharactersAreRemoved() {
        assertThat(sanitised("factura\u0000.pdf")).isEqualTo("factura.pdf");
        assertThat(sanitised("foto\u0000.png\u0000.exe")).isEqualTo("foto.png.exe");
        assertThat(sanitised("linea\nnueva\r.pdf")).isEqualTo("lineanueva.pdf");
        // A right-to-left override would display "factura‮gnp.exe" as "facturaexe.png".
        assertThat(sanitised("factura\u202Egnp.exe")).isEqualTo("facturagnp.exe");
        assertThat(sanitised("cero\u200Bancho.pdf")).isEqualTo("ceroancho.pdf");
    }

    @Test
    void lettersOfAnyLanguageStay() {
        assertThat(sanitised("Año niño Ñandú café über.png")).isEqualTo("Año niño Ñandú café über.png");
        // Decomposed input (as macOS sends it) is stored composed.
        assertThat(sanitised("An\u0303o.pdf")).isEqualTo("Año.pdf");
    }

    @Test
    void whitespaceIsCollapsedAndTrimmed() {
        assertThat(sanitised("  acta \t de   reunión\u00A0final .pdf  ")).isEqualTo("acta de reunión final .pdf");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "..", "../..", "/", "\\", "\u0000", "<>:?*", ". . ."})
    void nothingLeftBecomesArchivo(String raw) {
        assertThat(sanitised(raw)).isEqualTo("archivo");
    }

    @Test
    void longNamesAreCutTo120CharactersKeepingTheExtension() {
        String name = sanitised("a".repeat(200) + ".pdf");

        assertThat(name).hasSize(120).endsWith("aaaa.pdf");
    }

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String name = sanitised("📎".repeat(130));

        assertThat(name.codePointCount(0, name.length())).isEqualTo(120);
        assertThat(name).isEqualTo("📎".repeat(120));
    }

    @Test
    void anAccentSeparatedFromItsLetterByAHiddenCharacterIsComposed() {
        assertThat(sanitised("An\u200B\u0303o.pdf")).isEqualTo("Año.pdf");
        assertThat(sanitised("An:\u0303o.pdf")).isEqualTo("Año.pdf");
    }

    @Test
    void anyInputGivesAValidNameOfAtMost120Characters() {
        String pool = "aZñ0 ._-/\\:*?\"<>|\u0000\u0007\u200B\u202E\u0303\u0301\u00A0\uD83D\uDCCE\uD800é日";
        Random random = new Random(20260302);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                raw.append(pool.charAt(random.nextInt(pool.length())));
            }
            String name = sanitised(raw.toString());
            assertThat(name.codePointCount(0, name.length())).as(raw.toString()).isBetween(1, 120);
            assertThat(name)
                    .as(raw.toString())
                    .doesNotContain("..", "/", "\\", "\u0000")
                    .doesNotStartWith(".");
        }
    }

    @Test
    void theExtensionIsTheLowerCasedWordAfterTheLastDot() {
        assertThat(AttachmentFileName.of("FOTO.JPG").extension()).contains("jpg");
        assertThat(AttachmentFileName.of("reporte.final.pdf").extension()).contains("pdf");
        assertThat(AttachmentFileName.of("Factura 12.2026").extension()).isEmpty();
        assertThat(AttachmentFileName.of("LEEME").extension()).isEmpty();
        assertThat(AttachmentFileName.of("acta. final").extension()).isEmpty();
    }

    @Test
    void theConstructorAcceptsOnlySanitisedNames() {
        assertThat(new AttachmentFileName("foto.png").value()).isEqualTo("foto.png");
        assertThatThrownBy(() -> new AttachmentFileName("../foto.png")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttachmentFileName(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
