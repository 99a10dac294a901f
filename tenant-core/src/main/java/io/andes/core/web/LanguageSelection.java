package io.andes.core.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of a browser session's pages: Spanish unless the user switches to English. Dates, numbers and money
 * still follow the tenant's country (see {@link #regional(String)}).
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private Locale locale = SPANISH;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    public void useEnglish() {
        locale = Locale.ENGLISH;
    }

    public void useSpanish() {
        locale = SPANISH;
    }

    /** The locale for formatting a tenant's dates and amounts: the page language in the tenant's country. */
    public Locale regional(String country) {
        return country == null ? locale : new Locale(locale.getLanguage(), country);
    }
}
