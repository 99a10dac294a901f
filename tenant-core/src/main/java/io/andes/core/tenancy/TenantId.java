package io.andes.core.tenancy;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The stable identifier of a tenant: its code, a lower-case slug of 3 to 40 characters. It is the value of the
 * {@code tenant_id} column on every tenant-owned row and of the {@code tenant} claim in access tokens.
 */
public record TenantId(String value) implements Serializable {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

    public TenantId {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("A tenant code has 3 to 40 lower-case letters, digits or hyphens");
        }
    }

    /** Whether the text is a well-formed tenant code. */
    public static boolean isValid(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
