package io.andes.ticketing.domain.attachment;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A file attached to a ticket, as accepted by {@link AttachmentRules}; its bytes are kept apart. */
@Entity
@Table(name = "ticket_attachment")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TicketAttachment {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "ticket_id", nullable = false)
    private String ticketId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected TicketAttachment() {}

    public TicketAttachment(String ticketId, AcceptedAttachment file, String sha256, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.ticketId = ticketId;
        this.fileName = file.name().value();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public String id() {
        return id;
    }

    public String ticketId() {
        return ticketId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
