package io.andes.core.audit;

import java.util.List;

/**
 * The bound tenant's audit log. Every state change is recorded in the same transaction as the change itself, with the
 * current user and address, so a change and its record are committed or lost together.
 */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEvent> recent(int offset, int limit);

    long count();
}
