package io.andes.billing.advisor.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a support problem from a commercial question: text that speaks of errors, failures or something that stopped
 * working belongs in a ticket, where an SLA applies. Matching ignores case and accents and takes whole words only, so
 * "errores" and "Falló" match but "terror" and "fallecimiento" do not.
 */
public final class SupportLikeText {

    /** Whole-word patterns over lower-case, accent-free text; each names the phrase it shows the user. */
    private static final List<Pattern> SIGNS = List.of(
            Pattern.compile("\\berror(es)?\\b"),
            Pattern.compile("\\bno (me )?(funciona|funcionan|anda|andan|carga|cargan|abre|abren)\\b"),
            Pattern.compile("\\bdejo de funcionar\\b"),
            Pattern.compile("\\bfall(a|an|as|o|aron|ando)\\b"),
            Pattern.compile("\\bse (cae|caen|cayo|colgo|cuelga|congela)\\b"),
            Pattern.compile("\\bcaid[oa]s?\\b"),
            Pattern.compile("\\bbugs?\\b"),
            Pattern.compile("\\bno puedo (ingresar|entrar|acceder|iniciar sesion)\\b"),
            Pattern.compile("\\bnot working\\b"),
            Pattern.compile("\\bcrash(es|ed|ing)?\\b"),
            Pattern.compile("\\bbroken\\b"));

    private SupportLikeText() {}

    /** The support-like phrases found in the texts, as written in normalised form; empty when there are none. */
    public static Set<String> signs(String... texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String plain = normalised(text);
            for (Pattern sign : SIGNS) {
                Matcher matcher = sign.matcher(plain);
                while (matcher.find()) {
                    found.add(matcher.group());
                }
            }
        }
        return found;
    }

    public static boolean looksLikeSupport(String... texts) {
        return !signs(texts).isEmpty();
    }

    /** Lower case without accents, blanks collapsed: "No FUNCIONA  el módulo" reads "no funciona el modulo". */
    static String normalised(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
