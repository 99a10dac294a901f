package io.andes.admin;

import io.andes.ticketing.domain.catalog.FieldDefinition;
import java.io.Serializable;
import java.util.Arrays;

/** A category field as typed on the console: key, labels, type, options one per line, whether required, order. */
public class FieldForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String labelEs;
    private String labelEn;
    private String type = "TEXT";
    private String options;
    private boolean required;
    private Integer order;

    /** The definition, checked (a refusal names what is wrong). */
    FieldDefinition definition() {
        return new FieldDefinition(
                labelEs,
                labelEn,
                FieldDefinition.type(type),
                options == null ? null : Arrays.asList(options.split("\\R")),
                required,
                order == null ? 0 : order);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public void setLabelEs(String labelEs) {
        this.labelEs = labelEs;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getOrder() {
        return order;
    }

    public void setOrder(Integer order) {
        this.order = order;
    }
}
