package io.andes.ticketing.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Names in the catalog follow the caller's Accept-Language: English when asked first, Spanish otherwise. */
final class Languages {

    private Languages() {}

    static boolean english(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .findFirst()
                .map(locale -> Locale.ENGLISH.getLanguage().equals(locale.getLanguage()))
                .orElse(false);
    }
}
