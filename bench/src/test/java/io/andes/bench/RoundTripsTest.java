package io.andes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripsTest {

    @Test
    void aQueryIsShownAsItsSqlOnOneLineAndOtherCommandsWithTheirType() {
        assertThat(RoundTrips.shown("Query", "SELECT used\n   FROM entitlement WHERE tenant_id = 'x'"))
                .isEqualTo("SELECT used FROM entitlement WHERE tenant_id = 'x'");
        assertThat(RoundTrips.shown("Init DB", "andes")).isEqualTo("Init DB: andes");
    }

    @Test
    void aLongStatementIsCutAndEachCommandCountsAsOneRoundTrip() {
        String shown =
                RoundTrips.shown("Query", "INSERT INTO entitlement_movement VALUES (" + "'x', ".repeat(40) + "1)");
        assertThat(shown).hasSize(92).endsWith(" …");
        RoundTrips.Trace trace =
                new RoundTrips.Trace("raw JDBC", List.of("SELECT …", "UPDATE …", "INSERT …", "COMMIT"));
        assertThat(trace.roundTrips()).isEqualTo(4);
    }
}
