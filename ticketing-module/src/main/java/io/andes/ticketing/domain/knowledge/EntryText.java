package io.andes.ticketing.domain.knowledge;

/**
 * An entry's words: title and body in Spanish (required) and in English (optional, both or neither). A reader who
 * prefers English gets the Spanish text when there is no English one. Plain text, shown escaped.
 */
public record EntryText(String titleEs, String bodyEs, String titleEn, String bodyEn) {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;

    public EntryText {
        if (titleEs == null || bodyEs == null || (titleEn == null) != (bodyEn == null)) {
            throw new IllegalArgumentException("Spanish title and body required; English both or neither");
        }
    }

    public boolean hasEnglish() {
        return titleEn != null;
    }

    /** Whether a reader asking for {@code english} gets the English text. */
    public boolean inEnglish(boolean english) {
        return english && hasEnglish();
    }

    public String title(boolean english) {
        return inEnglish(english) ? titleEn : titleEs;
    }

    public String body(boolean english) {
        return inEnglish(english) ? bodyEn : bodyEs;
    }

    /** The language of the text given to a reader asking for {@code english}: "en" or "es". */
    public String language(boolean english) {
        return inEnglish(english) ? "en" : "es";
    }
}
