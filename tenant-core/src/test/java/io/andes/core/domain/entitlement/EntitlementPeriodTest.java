package io.andes.core.domain.entitlement;

import static io.andes.core.domain.entitlement.EntitlementTest.APRIL_1;
import static io.andes.core.domain.entitlement.EntitlementTest.APRIL_15;
import static io.andes.core.domain.entitlement.EntitlementTest.MARCH_10;
import static io.andes.core.domain.entitlement.EntitlementTest.MARCH_31;
import static io.andes.core.domain.entitlement.EntitlementTest.NOW;
import static io.andes.core.domain.entitlement.EntitlementTest.dteDocuments;
import static io.andes.core.domain.entitlement.EntitlementTest.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.andes.core.api.EntitlementType;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Monthly and non-monthly quotas: when usage starts again from zero. */
class EntitlementPeriodTest {

    @Nested
    class MonthlyQuota {

        @Test
        void aClockSteppingBackDoesNotReopenAnEarlierMonth() {
            Entitlement dte = dteDocuments(10);
            dte.consume(3, APRIL_1, NOW);

            dte.consume(2, MARCH_31, NOW);

            assertThat(dte.periodStart()).isEqualTo(APRIL_1);
            assertThat(dte.used()).isEqualTo(5);
            assertThat(dte.usage(MARCH_31).used()).isEqualTo(5);
        }

        @Test
        void aNewMonthlyQuotaCountsFromTheFirstOfTheCurrentMonth() {
            Entitlement dte = dteDocuments(10);

            assertThat(dte.periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(dte.used()).isZero();
        }

        @Test
        void usageIsCarriedWithinTheSameMonth() {
            Entitlement dte = dteDocuments(10);

            dte.consume(3, MARCH_10, NOW);
            dte.consume(4, MARCH_31, NOW);

            assertThat(dte.used()).isEqualTo(7);
            assertThat(dte.periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThatThrownBy(() -> dte.consume(4, MARCH_31, NOW)).isInstanceOf(QuotaExceededException.class);
        }

        @Test
        void usageRestartsFromZeroOnTheFirstConsumptionOfTheNextMonth() {
            Entitlement dte = dteDocuments(10);
            dte.consume(7, MARCH_31, NOW);

            dte.consume(2, APRIL_1, NOW);

            assertThat(dte.used()).isEqualTo(2);
            assertThat(dte.periodStart()).isEqualTo(APRIL_1);
        }

        @Test
        void aQuotaFullLastMonthCanBeConsumedInFullThisMonth() {
            Entitlement dte = dteDocuments(10);
            dte.consume(10, MARCH_31, NOW);

            dte.consume(10, APRIL_15, NOW);

            assertThat(dte.used()).isEqualTo(10);
            assertThat(dte.periodStart()).isEqualTo(APRIL_1);
        }

        @Test
        void usageRestartsAfterSeveralIdleMonthsAndAcrossTheYear() {
            Entitlement dte = dteDocuments(10);
            dte.consume(6, MARCH_10, NOW);

            dte.consume(1, LocalDate.of(2026, 1, 20), NOW);

            assertThat(dte.used()).isEqualTo(1);
            assertThat(dte.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        }

        @Test
        void aRefusalInANewMonthReportsTheNewMonthsUsage() {
            Entitlement dte = dteDocuments(10);
            dte.consume(7, MARCH_10, NOW);

            QuotaExceededException e =
                    catchThrowableOfType(QuotaExceededException.class, () -> dte.consume(11, APRIL_1, NOW));

            assertThat(e.extensions()).containsEntry("used", 0).containsEntry("limit", 10);
            assertThat(dte.usage(APRIL_1).used()).isZero();
        }

        @Test
        void unitsConsumedLastMonthCannotBeReleasedThisMonth() {
            Entitlement dte = dteDocuments(10);
            dte.consume(5, MARCH_10, NOW);

            assertThatThrownBy(() -> dte.release(1, APRIL_1, NOW)).isInstanceOf(ReleaseExceedsUsageException.class);
            assertThat(dte.usage(APRIL_1).used()).isZero();
        }

        @Test
        void usageOfTheCountedMonthReadsWhatIsInUse() {
            Entitlement dte = dteDocuments(10);
            dte.consume(7, MARCH_10, NOW);

            EntitlementUsage usage = dte.usage(MARCH_31);

            assertThat(usage.type()).isEqualTo(EntitlementType.DTE_DOCUMENTS);
            assertThat(usage.used()).isEqualTo(7);
            assertThat(usage.available()).isEqualTo(3);
            assertThat(usage.periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
        }

        @Test
        void usageOfAStaleMonthReadsZeroWithoutChangingTheEntitlement() {
            Entitlement dte = dteDocuments(10);
            dte.consume(7, MARCH_10, NOW);

            EntitlementUsage usage = dte.usage(APRIL_15);

            assertThat(usage.used()).isZero();
            assertThat(usage.available()).isEqualTo(10);
            assertThat(usage.periodStart()).isEqualTo(APRIL_1);
            assertThat(dte.used()).isEqualTo(7);
            assertThat(dte.periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(dte.usage(MARCH_31).used()).isEqualTo(7);
        }
    }

    @Nested
    class NonMonthlyQuota {

        @Test
        void aNonMonthlyQuotaHasNoPeriodStart() {
            Entitlement users = users(10);

            assertThat(users.periodStart()).isNull();
            assertThat(users.usage(MARCH_10).periodStart()).isNull();
        }

        @Test
        void aNonMonthlyQuotaNeverRollsOver() {
            Entitlement users = users(10);
            users.consume(4, MARCH_10, NOW);

            users.consume(3, LocalDate.of(2026, 5, 1), NOW);

            assertThat(users.used()).isEqualTo(7);
            assertThat(users.periodStart()).isNull();
            EntitlementUsage later = users.usage(LocalDate.of(2027, 1, 1));
            assertThat(later.used()).isEqualTo(7);
            assertThat(later.periodStart()).isNull();
        }

        @Test
        void aNonMonthlyQuotaCanReleaseUnitsConsumedInAnEarlierMonth() {
            Entitlement users = users(10);
            users.consume(4, MARCH_10, NOW);

            users.release(4, APRIL_15, NOW);

            assertThat(users.used()).isZero();
        }
    }
}
