package io.andes.ticketing.domain.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.*;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Colombia: Ley 51 de 1983 ("Ley Emiliani") moves most religious and civic holidays to the following Monday, while
 * New Year, Labour Day, 20 July, 7 August, 8 December, Christmas and Holy Thursday/Good Friday stay on their date.
 */
final class ColombianHolidays implements HolidayRules {

    @Override
    public List<Holiday> holidaysIn(int year) {
        HolidayList list = new HolidayList(year);
        LocalDate easter = list.easter();
        return list.on(JANUARY, 1, "Año Nuevo", "New Year's Day")
                .on(emiliani(list.date(JANUARY, 6)), "Día de los Reyes Magos", "Epiphany")
                .on(emiliani(list.date(MARCH, 19)), "Día de San José", "Saint Joseph's Day")
                .on(easter.minusDays(3), "Jueves Santo", "Holy Thursday")
                .on(easter.minusDays(2), "Viernes Santo", "Good Friday")
                .on(MAY, 1, "Día del Trabajo", "Labour Day")
                .on(emiliani(easter.plusDays(39)), "Ascensión del Señor", "Ascension Day")
                .on(emiliani(easter.plusDays(60)), "Corpus Christi", "Corpus Christi")
                .on(emiliani(easter.plusDays(68)), "Sagrado Corazón de Jesús", "Sacred Heart")
                .on(emiliani(list.date(JUNE, 29)), "San Pedro y San Pablo", "Saints Peter and Paul")
                .on(JULY, 20, "Día de la Independencia", "Independence Day")
                .on(AUGUST, 7, "Batalla de Boyacá", "Battle of Boyacá")
                .on(emiliani(list.date(AUGUST, 15)), "La Asunción de la Virgen", "Assumption of Mary")
                .on(emiliani(list.date(OCTOBER, 12)), "Día de la Raza", "Columbus Day")
                .on(emiliani(list.date(NOVEMBER, 1)), "Día de Todos los Santos", "All Saints' Day")
                .on(emiliani(list.date(NOVEMBER, 11)), "Independencia de Cartagena", "Independence of Cartagena")
                .on(DECEMBER, 8, "Inmaculada Concepción", "Immaculate Conception")
                .on(DECEMBER, 25, "Navidad", "Christmas Day")
                .sorted();
    }

    /** The Monday on or after the date: the holiday is taken on the date only when it already is a Monday. */
    private static LocalDate emiliani(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(MONDAY));
    }
}
