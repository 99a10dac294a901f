package io.andes.ticketing.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    @Test
    void aPolicyNamesItsClauseAndTargetsAndIsAtRiskFromEightyPercentByDefault() {
        SlaPolicy policy = new SlaPolicy(SupportTier.PRIORITARIO, "  Cláusula 12 ", 60, 480);

        assertThat(policy.clause()).isEqualTo("Cláusula 12");
        assertThat(policy.firstResponseTarget()).isEqualTo(Duration.ofHours(1));
        assertThat(policy.resolutionTarget()).isEqualTo(Duration.ofHours(8));
        assertThat(policy.atRiskPercent()).isEqualTo(80);
        assertThat(policy.tier().label(false)).isEqualTo("Prioritario");
        assertThat(policy.tier().label(true)).isEqualTo("Priority");
    }

    @Test
    void aPolicyWithoutClauseOrWithImpossibleTargetsIsRejected() {
        assertThatThrownBy(() -> new SlaPolicy(SupportTier.STANDARD, " ", 60, 480))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaPolicy(SupportTier.STANDARD, "Cláusula 12", 0, 480))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaPolicy(SupportTier.STANDARD, "Cláusula 12", 600, 480))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaPolicy(SupportTier.STANDARD, "Cláusula 12", 60, 480, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAtRiskThresholdIsPartOfThePolicy() {
        SlaMeasurement halfUsed = new SlaMeasurement(
                Duration.ofMinutes(100), Duration.ofMinutes(50), Instant.EPOCH, SlaPhase.RUNNING, 50);

        assertThat(halfUsed.atRisk()).isTrue();
        assertThat(new SlaPolicy(SupportTier.STANDARD, "Cláusula 12", 60, 480, 50).atRiskPercent())
                .isEqualTo(50);
    }
}
