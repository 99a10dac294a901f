package io.andes.ticketing.domain.attachment;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The bytes of one attachment, read only when someone downloads it. */
@Entity
@Table(name = "ticket_attachment_content")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id", length = 36)
    private String attachmentId;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected AttachmentContent() {}

    public AttachmentContent(TicketAttachment attachment, byte[] content) {
        this.attachmentId = attachment.id();
        this.content = content;
    }

    public byte[] bytes() {
        return content;
    }
}
