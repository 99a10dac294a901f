package io.andes.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/visitas.xhtml?cliente=CODE&numero=T-000001}: which ticket the visits fragment shows. */
@Named("visitsPage")
@ViewScoped
public class VisitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String number;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
