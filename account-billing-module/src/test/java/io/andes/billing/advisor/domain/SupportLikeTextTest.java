package io.andes.billing.advisor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of texts that read like a support problem, and of commercial ones that merely look close. */
class SupportLikeTextTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Me aparece un error al emitir la factura           | error
            Tenemos ERRORES en el libro de compras             | errores
            El módulo de remuneraciones no funciona            | no funciona
            NO FUNCIONAN los reportes                          | no funcionan
            La app falla al abrir                              | falla
            Falló la sincronización anoche                     | fallo
            El sistema se cae todos los lunes                  | se cae
            Se cayó el portal                                  | se cayo
            El servidor está caído                             | caido
            Encontramos un bug en el cierre                    | bug
            No puedo ingresar desde ayer                       | no puedo ingresar
            The export is not working                          | not working
            It crashes on start                                | crashes
            """)
    void supportProblemsAreRecognisedWhateverTheCaseAndAccents(String text, String sign) {
        assertThat(SupportLikeText.signs(text)).contains(sign);
        assertThat(SupportLikeText.looksLikeSupport(text)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Queremos una demostración del módulo de bodegas
            Necesitamos capacitación para 12 personas nuevas
            ¿Cuánto cuesta agregar 5 usuarios?
            Nos interesa el producto de remuneraciones; ¿funciona para Colombia?
            Película de terror en la fiesta de fin de año
            Seguro de fallecimiento para los trabajadores
            Horario de atención comercial
            """)
    void commercialQuestionsPass(String text) {
        assertThat(SupportLikeText.signs(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            Ñandú   Cámara   FALLÓ | nandu camara fallo
            No   FUNCIONA          | no funciona
            """)
    void normalisesCaseAccentsAndBlanks(String text, String expected) {
        assertThat(SupportLikeText.normalised(text)).isEqualTo(expected);
    }
}
