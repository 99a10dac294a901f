package io.andes.ticketing.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A queue of the vendor's support desk (técnica, administrativa, …) that categories route new tickets to. */
@Entity
@Table(name = "support_queue")
public class SupportQueue {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected SupportQueue() {}

    public SupportQueue(String code, CatalogNames names) {
        this.code = CatalogNames.code(code);
        rename(names);
    }

    public void rename(CatalogNames names) {
        this.nameEs = names.es();
        this.nameEn = names.en();
    }

    public String code() {
        return code;
    }

    public String name(boolean english) {
        return english ? nameEn : nameEs;
    }
}
