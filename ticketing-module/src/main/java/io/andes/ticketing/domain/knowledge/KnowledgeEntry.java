package io.andes.ticketing.domain.knowledge;

import io.andes.core.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An article or news item of the vendor. It belongs to no tenant: it is addressed to every tenant (no audience) or to
 * one, and a tenant's users see it only while its publish window is open. Spanish is always there; English falls back
 * to Spanish.
 */
@Entity
@Table(name = "knowledge_entry")
public class KnowledgeEntry {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private EntryKind kind;

    @Column(name = "audience_tenant_id")
    private String audienceTenant;

    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "title_es", nullable = false)
    private String titleEs;

    @Column(name = "body_es", nullable = false)
    private String bodyEs;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "published_from")
    private Instant publishedFrom;

    @Column(name = "published_until")
    private Instant publishedUntil;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected KnowledgeEntry() {}

    public KnowledgeEntry(EntryKind kind, EntryDraft.ValidDraft draft, String author, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.author = author;
        this.createdAt = at;
        revise(draft, author, at);
    }

    /** Replaces what the entry says, to whom and when, as {@code editor} wrote it. */
    public void revise(EntryDraft.ValidDraft draft, String editor, Instant at) {
        audienceTenant = draft.audience() == null ? null : draft.audience().value();
        serviceCode = draft.serviceCode();
        titleEs = draft.text().titleEs();
        bodyEs = draft.text().bodyEs();
        titleEn = draft.text().titleEn();
        bodyEn = draft.text().bodyEn();
        publishedFrom = draft.window().from();
        publishedUntil = draft.window().until();
        updatedBy = editor;
        updatedAt = at;
    }

    /** Takes the entry back to draft: nobody sees it until it is published again. */
    public void unpublish(String editor, Instant at) {
        publishedFrom = null;
        publishedUntil = null;
        updatedBy = editor;
        updatedAt = at;
    }

    /** Whether a user of {@code tenant} may read it at {@code now}: addressed to them and published. */
    public boolean isVisibleTo(TenantId tenant, Instant now) {
        return (audienceTenant == null || audienceTenant.equals(tenant.value())) && window().isOpenAt(now);
    }

    public String id() {
        return id;
    }

    public EntryKind kind() {
        return kind;
    }

    /** The one tenant it is addressed to; {@code null} for every tenant. */
    public String audienceTenant() {
        return audienceTenant;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public EntryText text() {
        return new EntryText(titleEs, bodyEs, titleEn, bodyEn);
    }

    public PublishWindow window() {
        return new PublishWindow(publishedFrom, publishedUntil);
    }

    public String author() {
        return author;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
