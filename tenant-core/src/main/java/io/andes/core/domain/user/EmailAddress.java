package io.andes.core.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as a login name: trimmed, lower case, at most 254 characters, one {@code @}, a dotted domain, no
 * spaces or control characters. Stricter than RFC 5322 on purpose: it must also be a clean Keycloak username.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("An e-mail address is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + value);
        }
    }
}
