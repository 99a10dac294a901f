package io.andes.ticketing.domain.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Chile's national holidays (regional ones such as 7 June in Arica or 20 August in Chillán, the banks' 31 December
 * and election days are left out). Several laws move or add days depending on the weekday; each is a method below.
 */
final class ChileanHolidays implements HolidayRules {

    @Override
    public List<Holiday> holidaysIn(int year) {
        HolidayList list = new HolidayList(year);
        LocalDate easter = list.easter();
        list.on(JANUARY, 1, "Año Nuevo", "New Year's Day")
                .on(easter.minusDays(2), "Viernes Santo", "Good Friday")
                .on(easter.minusDays(1), "Sábado Santo", "Holy Saturday")
                .on(MAY, 1, "Día Nacional del Trabajo", "Labour Day")
                .on(MAY, 21, "Día de las Glorias Navales", "Navy Day")
                .on(JuneSolstice.chileanDate(year), "Día Nacional de los Pueblos Indígenas", "Indigenous Peoples' Day")
                .on(law19668(list.date(JUNE, 29)), "San Pedro y San Pablo", "Saints Peter and Paul")
                .on(JULY, 16, "Día de la Virgen del Carmen", "Our Lady of Mount Carmel")
                .on(AUGUST, 15, "Asunción de la Virgen", "Assumption of Mary")
                .on(SEPTEMBER, 18, "Independencia Nacional", "Independence Day")
                .on(SEPTEMBER, 19, "Día de las Glorias del Ejército", "Army Day")
                .on(law19668(list.date(OCTOBER, 12)), "Encuentro de Dos Mundos", "Meeting of Two Worlds")
                .on(
                        law20299(list.date(OCTOBER, 31)),
                        "Día de las Iglesias Evangélicas y Protestantes",
                        "Reformation Day")
                .on(NOVEMBER, 1, "Día de Todos los Santos", "All Saints' Day")
                .on(DECEMBER, 8, "Inmaculada Concepción", "Immaculate Conception")
                .on(DECEMBER, 25, "Navidad", "Christmas Day");
        addBridges(list);
        return list.sorted();
    }

    /** Ley 20.983 (2 January after a Sunday New Year) and Ley 20.215 (17 and 20 September around the fiestas). */
    private static void addBridges(HolidayList list) {
        if (list.date(JANUARY, 2).getDayOfWeek() == MONDAY) {
            list.on(JANUARY, 2, "Feriado adicional de Año Nuevo", "New Year bridge holiday");
        }
        if (list.date(SEPTEMBER, 17).getDayOfWeek() == MONDAY) {
            list.on(SEPTEMBER, 17, "Feriado adicional de Fiestas Patrias", "National holidays bridge");
        }
        if (list.date(SEPTEMBER, 20).getDayOfWeek() == FRIDAY) {
            list.on(SEPTEMBER, 20, "Feriado adicional de Fiestas Patrias", "National holidays bridge");
        }
    }

    /**
     * Ley 19.668: a Tuesday, Wednesday or Thursday holiday moves to the Monday of that week, a Friday one to the next
     * Monday; on a Saturday, Sunday or Monday it stays.
     */
    static LocalDate law19668(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return switch (day) {
            case TUESDAY, WEDNESDAY, THURSDAY -> date.with(TemporalAdjusters.previous(MONDAY));
            case FRIDAY -> date.with(TemporalAdjusters.next(MONDAY));
            default -> date;
        };
    }

    /** Ley 20.299: 31 October on a Tuesday moves to the Friday before, on a Wednesday to the Friday after. */
    static LocalDate law20299(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case TUESDAY -> date.with(TemporalAdjusters.previous(FRIDAY));
            case WEDNESDAY -> date.with(TemporalAdjusters.next(FRIDAY));
            default -> date;
        };
    }
}
