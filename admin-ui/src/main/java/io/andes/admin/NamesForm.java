package io.andes.admin;

import io.andes.ticketing.domain.catalog.CatalogNames;
import java.io.Serializable;

/** A code and its names in Spanish and English, as typed on a console form (a service or a queue). */
public class NamesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String nameEs;
    private String nameEn;

    static NamesForm of(String code, String nameEs, String nameEn) {
        NamesForm form = new NamesForm();
        form.code = code;
        form.nameEs = nameEs;
        form.nameEn = nameEn;
        return form;
    }

    /** The names, checked (a refusal names the empty or too long one). */
    CatalogNames names() {
        return new CatalogNames(nameEs, nameEn);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
