package io.andes.ticketing.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntryTextTest {

    private final EntryText bilingual = new EntryText("Cómo anular", "Abra la nota.", "How to void", "Open the note.");
    private final EntryText spanishOnly = new EntryText("Cómo anular", "Abra la nota.", null, null);

    @Test
    void englishReadersGetTheEnglishTextWhenThereIsOne() {
        assertThat(bilingual.title(true)).isEqualTo("How to void");
        assertThat(bilingual.body(true)).isEqualTo("Open the note.");
        assertThat(bilingual.language(true)).isEqualTo("en");
        assertThat(bilingual.title(false)).isEqualTo("Cómo anular");
        assertThat(bilingual.language(false)).isEqualTo("es");
    }

    @Test
    void englishFallsBackToSpanish() {
        assertThat(spanishOnly.title(true)).isEqualTo("Cómo anular");
        assertThat(spanishOnly.body(true)).isEqualTo("Abra la nota.");
        assertThat(spanishOnly.language(true)).isEqualTo("es");
    }

    @Test
    void spanishIsRequiredAndEnglishIsBothOrNeither() {
        assertThatThrownBy(() -> new EntryText(null, "x", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryText("Título", "x", "Title", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
