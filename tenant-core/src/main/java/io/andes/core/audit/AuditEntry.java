package io.andes.core.audit;

import java.util.Objects;

/** What to write in the audit log: an action name ({@code tenant.suspended}), its target and a free detail. */
public record AuditEntry(String action, String target, String detail) {

    private static final int DETAIL_LIMIT = 1000;

    public AuditEntry {
        Objects.requireNonNull(action);
        Objects.requireNonNull(target);
        if (detail != null && detail.length() > DETAIL_LIMIT) {
            detail = detail.substring(0, DETAIL_LIMIT);
        }
    }
}
