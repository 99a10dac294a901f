package io.andes.ticketing.domain.request;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import io.andes.ticketing.domain.attachment.AcceptedAttachment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A photo or PDF of a draft item, bytes included, accepted by the same rules as a ticket's files. On submission it
 * moves to the item's ticket and is deleted here; lists read it through {@link PhotoInfo}, never with its bytes.
 */
@Entity
@Table(name = "service_request_photo")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class RequestPhoto {

    /** What a draft shows of a photo. */
    public record PhotoInfo(String id, String itemId, String fileName, String mediaType, long sizeBytes) {}

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "item_id", nullable = false)
    private String itemId;

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

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected RequestPhoto() {}

    public RequestPhoto(
            RequestItem item, AcceptedAttachment file, byte[] content, String sha256, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.requestId = item.requestId();
        this.itemId = item.id();
        this.fileName = file.name().value();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
        this.content = content;
    }

    public PhotoInfo info() {
        return new PhotoInfo(id, itemId, fileName, mediaType, sizeBytes);
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public byte[] bytes() {
        return content;
    }
}
