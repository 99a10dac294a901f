package io.andes.core.domain.user;

/** A person's first and last name as shown in the portal: trimmed, 1 to 100 characters each, no control characters. */
public record PersonName(String first, String last) {

    private static final int MAX_LENGTH = 100;

    public PersonName {
        first = clean(first, "first name");
        last = clean(last, "last name");
    }

    private static String clean(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The " + what + " is not valid");
        }
        return trimmed;
    }
}
