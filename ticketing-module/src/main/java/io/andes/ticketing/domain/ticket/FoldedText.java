package io.andes.ticketing.domain.ticket;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for matching: accents and other combining marks removed, lower case ("Liquidación" → "liquidacion").
 * Tickets keep their subject and description folded so that a search compares plain bytes instead of collation
 * weights; the subject similarity folds the same way.
 */
public final class FoldedText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private FoldedText() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // nothing to decompose
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
