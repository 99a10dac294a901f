package io.andes.admin;

import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.domain.knowledge.EntryDraft;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The fields of the article and news editor, dates on the vendor's clock; the use case checks them. */
public class KnowledgeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean global = true;
    private String audienceTenant;
    private String serviceCode;
    private String titleEs;
    private String bodyEs;
    private String titleEn;
    private String bodyEn;
    private LocalDateTime publishedFrom;
    private LocalDateTime publishedUntil;

    /** The form showing a stored entry. */
    static KnowledgeForm of(KnowledgeViews.Entry entry, VendorTime time) {
        KnowledgeForm form = new KnowledgeForm();
        form.global = entry.audienceTenant() == null;
        form.audienceTenant = entry.audienceTenant();
        form.serviceCode = entry.serviceCode();
        form.titleEs = entry.titleEs();
        form.bodyEs = entry.bodyEs();
        form.titleEn = entry.titleEn();
        form.bodyEn = entry.bodyEn();
        form.publishedFrom = time.local(entry.publishedFrom());
        form.publishedUntil = time.local(entry.publishedUntil());
        return form;
    }

    EntryDraft draft(VendorTime time) {
        return new EntryDraft(
                global ? null : audienceTenant,
                serviceCode,
                titleEs,
                bodyEs,
                titleEn,
                bodyEn,
                time.instant(publishedFrom),
                time.instant(publishedUntil));
    }

    public boolean isGlobal() {
        return global;
    }

    public void setGlobal(boolean global) {
        this.global = global;
    }

    public String getAudienceTenant() {
        return audienceTenant;
    }

    public void setAudienceTenant(String audienceTenant) {
        this.audienceTenant = audienceTenant;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getBodyEs() {
        return bodyEs;
    }

    public void setBodyEs(String bodyEs) {
        this.bodyEs = bodyEs;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public LocalDateTime getPublishedFrom() {
        return publishedFrom;
    }

    public void setPublishedFrom(LocalDateTime publishedFrom) {
        this.publishedFrom = publishedFrom;
    }

    public LocalDateTime getPublishedUntil() {
        return publishedUntil;
    }

    public void setPublishedUntil(LocalDateTime publishedUntil) {
        this.publishedUntil = publishedUntil;
    }
}
