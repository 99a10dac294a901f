package io.andes.billing.advisor.domain;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One message of a commercial request's conversation: from the tenant or from the advisor, kept exactly as written. */
@Entity
@Table(name = "commercial_message")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class CommercialMessage {

    public static final String TENANT = "TENANT";
    public static final String ADVISOR = "ADVISOR";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "author_kind", nullable = false)
    private String authorKind;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommercialMessage() {}

    public CommercialMessage(CommercialRequest request, String authorKind, String authorName, String body, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.requestId = request.id();
        this.authorKind = authorKind;
        this.authorName = authorName;
        this.body = CommercialText.required("body", body, CommercialText.MESSAGE_MAX);
        this.createdAt = at;
    }

    public String id() {
        return id;
    }

    public String authorKind() {
        return authorKind;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
