package io.andes.ticketing.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the vendor's products that tickets are about; the vendor configures the list, shared by every tenant. */
@Entity
@Table(name = "support_service")
public class SupportService {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SupportService() {}

    public SupportService(String code, CatalogNames names, int sortOrder) {
        this.code = CatalogNames.code(code);
        this.active = true;
        this.sortOrder = sortOrder;
        rename(names);
    }

    public void rename(CatalogNames names) {
        this.nameEs = names.es();
        this.nameEn = names.en();
    }

    /** An inactive service is offered to nobody; its tickets stay as they are. */
    public void activate(boolean on) {
        this.active = on;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String code() {
        return code;
    }

    public String name(boolean english) {
        return english ? nameEn : nameEs;
    }

    public boolean active() {
        return active;
    }
}
