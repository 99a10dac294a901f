package io.andes.core.domain.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import io.andes.core.api.EntitlementType;
import io.andes.core.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntitlementTest {

    static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
    static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);
    static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);
    static final LocalDate APRIL_15 = LocalDate.of(2025, 4, 15);
    static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    static Entitlement users(int included) {
        return new Entitlement(EntitlementType.USERS, included, MARCH_10, NOW);
    }

    static Entitlement dteDocuments(int included) {
        return new Entitlement(EntitlementType.DTE_DOCUMENTS, included, MARCH_10, NOW);
    }

    @Nested
    class Consumption {

        @Test
        void consumptionWithinTheLimitIsAddedToTheUsage() {
            Entitlement users = users(10);

            users.consume(3, MARCH_10, NOW);
            users.consume(4, MARCH_10, NOW);

            assertThat(users.used()).isEqualTo(7);
            assertThat(users.usage(MARCH_10).available()).isEqualTo(3);
        }

        @Test
        void consumptionExactlyUpToTheLimitIsAccepted() {
            Entitlement users = users(10);
            users.consume(6, MARCH_10, NOW);

            users.consume(4, MARCH_10, NOW);

            assertThat(users.used()).isEqualTo(10);
            assertThat(users.usage(MARCH_10).available()).isZero();
        }

        @Test
        void consumptionBeyondTheLimitIsRefusedAndChangesNothing() {
            Entitlement users = users(10);
            users.consume(7, MARCH_10, NOW);

            QuotaExceededException e =
                    catchThrowableOfType(QuotaExceededException.class, () -> users.consume(4, MARCH_10, NOW));

            assertThat(e).isNotNull();
            assertThat(e.type()).isEqualTo(ProblemType.QUOTA_EXCEEDED);
            assertThat(e.extensions())
                    .containsOnly(
                            entry("entitlement", "USERS"),
                            entry("limit", 10),
                            entry("used", 7),
                            entry("requested", 4),
                            entry("store", "/store?add=USERS"));
            assertThat(users.used()).isEqualTo(7);
            assertThat(users.limit()).isEqualTo(10);
        }

        @Test
        void aFullQuotaRefusesEvenASingleUnit() {
            Entitlement users = users(2);
            users.consume(2, MARCH_10, NOW);

            assertThatThrownBy(() -> users.consume(1, MARCH_10, NOW)).isInstanceOf(QuotaExceededException.class);
            assertThat(users.used()).isEqualTo(2);
        }

        @Test
        void aQuotaWithNothingIncludedRefusesConsumption() {
            Entitlement users = users(0);

            assertThatThrownBy(() -> users.consume(1, MARCH_10, NOW)).isInstanceOf(QuotaExceededException.class);
            assertThat(users.used()).isZero();
        }

        @Test
        void quotaExceededDetailStatesTheFiguresInSpanishAndEnglish() {
            Entitlement users = users(10);
            users.consume(7, MARCH_10, NOW);

            QuotaExceededException e =
                    catchThrowableOfType(QuotaExceededException.class, () -> users.consume(4, MARCH_10, NOW));

            assertThat(e.detail(false))
                    .contains("usuarios")
                    .contains("usa 7 de 10 y pidió 4 más")
                    .isEqualTo(e.getMessage());
            assertThat(e.detail(true)).contains("users").contains("7 of 10 in use and 4 more requested");
            assertThat(e.type().status()).isEqualTo(409);
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MAX_VALUE, Integer.MAX_VALUE - 4, Integer.MAX_VALUE - 5})
        void hugeConsumptionDoesNotOverflowIntoAcceptance(int huge) {
            Entitlement users = users(10);
            users.consume(5, MARCH_10, NOW);

            QuotaExceededException e =
                    catchThrowableOfType(QuotaExceededException.class, () -> users.consume(huge, MARCH_10, NOW));

            assertThat(e).isNotNull();
            assertThat(e.extensions()).containsEntry("requested", huge).containsEntry("used", 5);
            assertThat(users.used()).isEqualTo(5);
        }

        @Test
        void consumptionBeyondTheLargestPossibleLimitDoesNotOverflowIntoAcceptance() {
            Entitlement users = users(Integer.MAX_VALUE);
            users.consume(5, MARCH_10, NOW);

            assertThatThrownBy(() -> users.consume(Integer.MAX_VALUE, MARCH_10, NOW))
                    .isInstanceOf(QuotaExceededException.class);
            assertThat(users.used()).isEqualTo(5);

            users.consume(Integer.MAX_VALUE - 5, MARCH_10, NOW);
            assertThat(users.used()).isEqualTo(Integer.MAX_VALUE);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void nonPositiveConsumptionIsRefusedAndChangesNothing(int quantity) {
            Entitlement users = users(10);
            users.consume(3, MARCH_10, NOW);

            assertThatThrownBy(() -> users.consume(quantity, MARCH_10, NOW))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(users.used()).isEqualTo(3);
        }

        @Test
        void nonPositiveConsumptionInANewMonthDoesNotRollTheMonthOver() {
            Entitlement dte = dteDocuments(10);
            dte.consume(3, MARCH_10, NOW);

            assertThatThrownBy(() -> dte.consume(0, APRIL_1, NOW)).isExactlyInstanceOf(IllegalArgumentException.class);

            assertThat(dte.used()).isEqualTo(3);
            assertThat(dte.periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
        }
    }

    @Nested
    class Release {

        @Test
        void releaseWithinTheUsageGivesTheUnitsBack() {
            Entitlement users = users(10);
            users.consume(5, MARCH_10, NOW);

            users.release(2, MARCH_10, NOW);
            assertThat(users.used()).isEqualTo(3);

            users.release(3, MARCH_10, NOW);
            assertThat(users.used()).isZero();
        }

        @Test
        void releasedUnitsCanBeConsumedAgain() {
            Entitlement users = users(5);
            users.consume(5, MARCH_10, NOW);
            users.release(2, MARCH_10, NOW);

            users.consume(2, MARCH_10, NOW);

            assertThat(users.used()).isEqualTo(5);
        }

        @Test
        void releaseBeyondTheUsageIsRefusedAndChangesNothing() {
            Entitlement users = users(10);
            users.consume(3, MARCH_10, NOW);

            ReleaseExceedsUsageException e =
                    catchThrowableOfType(ReleaseExceedsUsageException.class, () -> users.release(4, MARCH_10, NOW));

            assertThat(e).isNotNull();
            assertThat(e.type()).isEqualTo(ProblemType.RELEASE_EXCEEDS_USAGE);
            assertThat(e.extensions())
                    .containsOnly(entry("entitlement", "USERS"), entry("used", 3), entry("requested", 4));
            assertThat(e.detail(false)).contains("liberar 4").contains("solo 3");
            assertThat(e.detail(true)).contains("release 4").contains("only 3");
            assertThat(users.used()).isEqualTo(3);
        }

        @Test
        void releaseFromAnUnusedQuotaIsRefused() {
            Entitlement users = users(10);

            assertThatThrownBy(() -> users.release(1, MARCH_10, NOW)).isInstanceOf(ReleaseExceedsUsageException.class);
            assertThat(users.used()).isZero();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void nonPositiveReleaseIsRefusedAndChangesNothing(int quantity) {
            Entitlement users = users(10);
            users.consume(3, MARCH_10, NOW);

            assertThatThrownBy(() -> users.release(quantity, MARCH_10, NOW))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(users.used()).isEqualTo(3);
        }
    }

    @Nested
    class Limit {

        @ParameterizedTest
        @CsvSource({"0, 0, 0", "10, 0, 10", "0, 7, 7", "10, 7, 17", "100, 1000000, 1000100"})
        void limitIsIncludedPlusAdditional(int included, int additional, int limit) {
            Entitlement users = users(included);

            users.changeAdditional(additional, MARCH_10, NOW);

            assertThat(users.limit()).isEqualTo(limit);
            EntitlementUsage usage = users.usage(MARCH_10);
            assertThat(usage.included()).isEqualTo(included);
            assertThat(usage.additional()).isEqualTo(additional);
            assertThat(usage.limit()).isEqualTo(limit);
        }

        @Test
        void changingTheAdditionalUnitsRaisesTheLimitAndLetsMoreBeConsumed() {
            Entitlement users = users(10);
            users.consume(10, MARCH_10, NOW);

            users.changeAdditional(5, MARCH_10, NOW);

            assertThat(users.limit()).isEqualTo(15);
            users.consume(5, MARCH_10, NOW);
            assertThat(users.used()).isEqualTo(15);
            assertThatThrownBy(() -> users.consume(1, MARCH_10, NOW)).isInstanceOf(QuotaExceededException.class);
        }

        @Test
        void changingTheAdditionalUnitsReplacesThePreviousAmountRatherThanAddingToIt() {
            Entitlement users = users(10);

            users.changeAdditional(5, MARCH_10, NOW);
            users.changeAdditional(2, MARCH_10, NOW);

            assertThat(users.limit()).isEqualTo(12);
        }

        @Test
        void negativeAdditionalUnitsAreRefusedAndKeepTheLimit() {
            Entitlement users = users(10);
            users.changeAdditional(5, MARCH_10, NOW);

            assertThatThrownBy(() -> users.changeAdditional(-1, MARCH_10, NOW))
                    .isExactlyInstanceOf(IllegalArgumentException.class);
            assertThat(users.limit()).isEqualTo(15);
        }

        @Test
        void negativeIncludedUnitsAreRefused() {
            assertThatThrownBy(() -> users(-1)).isExactlyInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void limitCannotDropBelowWhatIsInUse() {
            Entitlement users = users(5);
            users.changeAdditional(5, MARCH_10, NOW);
            users.consume(8, MARCH_10, NOW);

            assertThatThrownBy(() -> users.changeAdditional(2, MARCH_10, NOW))
                    .isInstanceOf(LimitBelowUsageException.class);
            assertThat(users.limit()).isEqualTo(10);
            users.changeAdditional(3, MARCH_10, NOW);
            assertThat(users.limit()).isEqualTo(8);
        }

        @Test
        void aMonthlyLimitMayDropBelowLastMonthsUsage() {
            Entitlement dte = new Entitlement(EntitlementType.DTE_DOCUMENTS, 10, MARCH_10, NOW);
            dte.consume(10, MARCH_31, NOW);

            dte.changeAdditional(0, APRIL_1, NOW);

            assertThat(dte.usage(APRIL_1).used()).isZero();
        }

        @ParameterizedTest
        @CsvSource({"10, 0, 3, 7", "10, 5, 15, 0", "5, 0, 8, 0", "0, 0, 1, 0", "0, 0, 0, 0"})
        void usageAvailableIsTheRemainderOfTheLimitButNeverNegative(
                int included, int additional, int used, int available) {
            EntitlementUsage usage = new EntitlementUsage(EntitlementType.USERS, included, additional, used, null);

            assertThat(usage.available()).isEqualTo(available);
        }
    }
}
