package io.andes.ticketing.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryDraftTest {

    private static final Instant FROM = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void aCompleteDraftIsValidWithItsTextStripped() {
        EntryDraft.ValidDraft valid = valid(new EntryDraft(
                " acme ", "erp", "  Cómo anular  ", "Abra la nota.", "How to void", "Open the note.", FROM, null));

        assertThat(valid.audience().value()).isEqualTo("acme");
        assertThat(valid.serviceCode()).isEqualTo("erp");
        assertThat(valid.text().titleEs()).isEqualTo("Cómo anular");
        assertThat(valid.window().isOpenAt(FROM)).isTrue();
    }

    @Test
    void blankOptionalFieldsMeanEveryTenantNoServiceAndNoEnglish() {
        EntryDraft.ValidDraft valid =
                valid(new EntryDraft(" ", "", "Cómo anular", "Abra la nota.", " ", null, null, null));

        assertThat(valid.audience()).isNull();
        assertThat(valid.serviceCode()).isNull();
        assertThat(valid.text().hasEnglish()).isFalse();
        assertThat(valid.window().isDraft()).isTrue();
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        EntryDraft draft = new EntryDraft("Mal Código", null, "ab", null, "Title", null, FROM, FROM.minusSeconds(1));

        assertThat(fields(draft))
                .containsExactlyInAnyOrder("audienceTenant", "titleEs", "bodyEs", "bodyEn", "publishedUntil");
    }

    @Test
    void tooLongTextsAndAnEndWithoutStartAreRefused() {
        EntryDraft draft =
                new EntryDraft(null, null, "x".repeat(201), "y".repeat(20_001), null, "Body only", null, FROM);

        assertThat(fields(draft)).containsExactlyInAnyOrder("titleEs", "bodyEs", "titleEn", "publishedFrom");
    }

    @Test
    void datesAreReadAsIsoWithOffsetOrRefusedByField() {
        FieldErrors errors = new FieldErrors();

        assertThat(EntryDraft.instant("publishedFrom", "2026-03-01T09:00:00-03:00", errors))
                .isEqualTo(FROM);
        assertThat(EntryDraft.instant("publishedFrom", " ", errors)).isNull();
        assertThat(errors.isEmpty()).isTrue();
        assertThat(EntryDraft.instant("publishedUntil", "mañana", errors)).isNull();
        assertThat(EntryDraft.instant("publishedFrom", "1999-12-31T23:00:00Z", errors))
                .isNull();
        assertThat(errors.has("publishedUntil")).isTrue();
        assertThat(errors.has("publishedFrom")).isTrue();
    }

    private static EntryDraft.ValidDraft valid(EntryDraft draft) {
        FieldErrors errors = new FieldErrors();
        EntryDraft.ValidDraft valid = draft.validated(errors);
        errors.throwIfAny();
        return valid;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(EntryDraft draft) {
        FieldErrors errors = new FieldErrors();
        assertThat(draft.validated(errors)).isNull();
        ProblemException problem =
                (ProblemException) org.assertj.core.api.Assertions.catchThrowable(errors::throwIfAny);
        assertThat(problem.type().status()).isEqualTo(400);
        return ((List<Map<String, Object>>) problem.extensions().get("errors"))
                .stream().map(e -> (String) e.get("field")).toList();
    }

    @Test
    void noErrorsThrowNothing() {
        FieldErrors errors = new FieldErrors();
        errors.throwIfAny();
        errors.add("x", "mal");
        assertThatThrownBy(errors::throwIfAny).isInstanceOf(ProblemException.class);
    }
}
