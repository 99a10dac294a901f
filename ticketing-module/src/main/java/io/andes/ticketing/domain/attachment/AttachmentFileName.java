package io.andes.ticketing.domain.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file name safe to show and to offer in a download header: no directories, no {@code ..}, no control or
 * reserved characters, at most 120 characters, never empty ({@code archivo}). Letters of any language (ñ, á, ü)
 * stay. Storage never uses this name as a path; the sanitising protects the people and tools that see it.
 */
public record AttachmentFileName(String value) {

    public static final int MAX_LENGTH = 120;
    static final String FALLBACK = "archivo";

    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern EDGES = Pattern.compile("^\\s+|[.\\s]+$");
    private static final Pattern EXTENSION = Pattern.compile("[\\p{L}\\p{N}]*\\p{L}[\\p{L}\\p{N}]*");
    private static final int MAX_EXTENSION_LENGTH = 10;
    private static final Set<String> WINDOWS_DEVICES = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** Only names already in sanitised form; build from user input with {@link #of(String)}. */
    public AttachmentFileName {
        if (value == null || !sanitise(value).equals(value)) {
            throw new IllegalArgumentException("Not a sanitised file name: " + value);
        }
    }

    public static AttachmentFileName of(String raw) {
        return new AttachmentFileName(sanitise(raw == null ? "" : raw));
    }

    /** The extension after the last dot, lower-cased, when there is one (some letters, at most ten characters). */
    public Optional<String> extension() {
        int dot = value.lastIndexOf('.');
        String candidate = dot < 1 ? "" : value.substring(dot + 1);
        return candidate.length() <= MAX_EXTENSION_LENGTH
                        && EXTENSION.matcher(candidate).matches()
                ? Optional.of(candidate.toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    /** The same name with {@code extension} appended, for files whose name gave no extension at all. */
    AttachmentFileName withExtension(String extension) {
        return of(value + "." + extension);
    }

    private static String sanitise(String raw) {
        String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        name = withoutInvisibles(name);
        name = RESERVED.matcher(name).replaceAll("");
        // Composed only now: a removed character may have separated a letter from its accent.
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = SPACES.matcher(name).replaceAll(" ");
        name = DOTS.matcher(name).replaceAll(".");
        name = EDGES.matcher(name).replaceAll("");
        if (name.isEmpty() || name.startsWith(".")) {
            // ".." becomes empty and ".htaccess" would be hidden: both get a visible base name.
            name = FALLBACK + name;
        }
        if (WINDOWS_DEVICES.contains(name.split("\\.", 2)[0].toLowerCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return truncate(name);
    }

    /** Control, format (bidi overrides, zero-width), lone surrogate and line-separator characters hide intent. */
    private static String withoutInvisibles(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(cp -> switch (Character.getType(cp)) {
                    case Character.CONTROL,
                            Character.FORMAT,
                            Character.SURROGATE,
                            Character.PRIVATE_USE,
                            Character.UNASSIGNED,
                            Character.LINE_SEPARATOR,
                            Character.PARAGRAPH_SEPARATOR -> false;
                    default -> true;
                })
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Cuts the base name, never the extension, so that a long name keeps its type. */
    private static String truncate(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String suffix = dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH + 1 ? name.substring(dot) : "";
        int keep = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
        String base = name.substring(0, name.offsetByCodePoints(0, keep));
        return EDGES.matcher(base).replaceAll("") + suffix;
    }
}
