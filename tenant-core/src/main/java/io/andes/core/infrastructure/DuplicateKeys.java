package io.andes.core.infrastructure;

import java.sql.SQLException;

/** Recognises the database's refusal of a duplicate primary or unique key (MySQL and MariaDB error 1062). */
public final class DuplicateKeys {

    private static final int ER_DUP_ENTRY = 1062;

    private DuplicateKeys() {}

    public static boolean isDuplicateKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
