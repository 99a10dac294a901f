package io.andes.billing.advisor.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a commercial request stands: new (nueva) until the advisor acts, in progress (en curso), a session scheduled
 * (agendada), closed (cerrada). A closed request takes nothing more; there is no due time, since no support SLA
 * applies to the advisor channel.
 */
public enum CommercialStatus implements Bilingual {
    NUEVA("Nueva", "New"),
    EN_CURSO("En curso", "In progress"),
    AGENDADA("Agendada", "Scheduled"),
    CERRADA("Cerrada", "Closed");

    private final String spanishLabel;
    private final String englishLabel;

    CommercialStatus(String spanishLabel, String englishLabel) {
        this.spanishLabel = spanishLabel;
        this.englishLabel = englishLabel;
    }

    /** The statuses this one may move to; staying put is always allowed to an open request. */
    public Set<CommercialStatus> next() {
        return switch (this) {
            case NUEVA -> EnumSet.of(EN_CURSO, AGENDADA, CERRADA);
            case EN_CURSO -> EnumSet.of(AGENDADA, CERRADA);
            case AGENDADA -> EnumSet.of(EN_CURSO, CERRADA);
            case CERRADA -> EnumSet.noneOf(CommercialStatus.class);
        };
    }

    public boolean canMoveTo(CommercialStatus target) {
        return target == this ? this != CERRADA : next().contains(target);
    }

    public boolean open() {
        return this != CERRADA;
    }

    public static CommercialStatus parse(String raw) {
        return Bilingual.parse(CommercialStatus.class, "status", raw);
    }

    @Override
    public String label(boolean english) {
        return english ? englishLabel : spanishLabel;
    }
}
