package io.andes.admin;

import io.andes.core.web.LanguageSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The vendor's own clock on the wall: staff write and read publish windows in it ({@code andes.vendor-zone}, Santiago
 * unless configured), while the database keeps UTC instants.
 */
@ApplicationScoped
public class VendorTime {

    @Inject
    @ConfigProperty(name = "andes.vendor-zone", defaultValue = "America/Santiago")
    String zoneName;

    @Inject
    LanguageSelection language;

    public ZoneId zone() {
        return ZoneId.of(zoneName);
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    public Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.getLocale())
                        .withZone(zone())
                        .format(instant);
    }
}
