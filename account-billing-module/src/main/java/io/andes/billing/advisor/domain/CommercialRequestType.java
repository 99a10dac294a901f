package io.andes.billing.advisor.domain;

/** What a tenant asks its advisor for. */
public enum CommercialRequestType implements Bilingual {
    NUEVA_FUNCIONALIDAD("Nueva funcionalidad", "New functionality"),
    CAPACITACION("Capacitación", "Training"),
    NUEVO_PRODUCTO("Nuevo producto", "New product"),
    DEMOSTRACION("Demostración", "Demonstration"),
    OTRO("Otro", "Other");

    private final String spanishLabel;
    private final String englishLabel;

    CommercialRequestType(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    public static CommercialRequestType parse(String raw) {
        return Bilingual.parse(CommercialRequestType.class, "type", raw);
    }

    @Override
    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
