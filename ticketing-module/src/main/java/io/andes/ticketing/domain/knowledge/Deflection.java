package io.andes.ticketing.domain.knowledge;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant user's answer to "¿Esto resolvió su problema?" on a suggested article, with what they had typed. A "yes" is
 * a ticket that did not need to be opened.
 */
@Entity
@Table(name = "knowledge_deflection")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class Deflection {

    public static final int QUERY_MAX = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "entry_id", nullable = false)
    private String entryId;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "query_text")
    private String queryText;

    @Column(name = "resolved", nullable = false)
    private boolean resolved;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Deflection() {}

    public Deflection(
            KnowledgeEntry article, String userId, String userName, String query, boolean resolved, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.entryId = article.id();
        this.userId = userId;
        this.userName = userName;
        this.queryText = query == null || query.isBlank() ? null : query.strip();
        this.resolved = resolved;
        this.answeredAt = at;
    }

    public String id() {
        return id;
    }

    public String entryId() {
        return entryId;
    }

    public String query() {
        return queryText;
    }

    public boolean resolved() {
        return resolved;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
