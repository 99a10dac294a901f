package io.andes.store.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.api.EntitlementType;
import io.andes.core.api.TenantPlans;
import io.andes.core.problem.ProblemException;
import io.andes.core.tenancy.TenantId;
import io.andes.store.api.Renewal;
import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.Price;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.store.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogSnapshotTest {

    static final Currency CLP = Currency.getInstance("CLP");
    static final LocalDate START = LocalDate.of(2026, 12, 15);

    final List<String> planLookups = new ArrayList<>();
    final TenantPlans plans = new TenantPlans() {
        @Override
        public Optional<PlanView> planOf(TenantId tenant) {
            return Optional.empty();
        }

        @Override
        public Optional<PlanView> plan(String code) {
            planLookups.add(code);
            return Optional.of(new PlanView(code, "Básico", null, Map.of()));
        }
    };

    final CatalogSnapshot snapshot = new CatalogSnapshot(
            List.of(new AddOn("extra-user", "Usuario adicional", EntitlementType.USERS, 1, 1000)),
            List.of(
                    price(ProductKind.PLAN, "basico", "29900", LocalDate.of(2020, 1, 1)),
                    price(ProductKind.PLAN, "basico", "31900", START),
                    price(ProductKind.PLAN, "basico", "34900", START.plusDays(1)),
                    price(ProductKind.ADDON, "extra-user", "4990", LocalDate.of(2020, 1, 1))),
            plans);

    static Price price(ProductKind kind, String code, String amount, LocalDate from) {
        return new Price(kind, code, BillingPeriod.MONTHLY, Money.of(amount, "CLP"), from, Instant.EPOCH);
    }

    @Test
    void thePriceInForceOnThePeriodsFirstDayIsTheLatestValidThatDay() {
        assertThat(snapshot.price(ProductKind.PLAN, "basico", BillingPeriod.MONTHLY, CLP, START))
                .contains(new BigDecimal("31900"));
        assertThat(snapshot.price(ProductKind.PLAN, "basico", BillingPeriod.MONTHLY, CLP, START.minusDays(1)))
                .contains(new BigDecimal("29900"));
        assertThat(snapshot.price(ProductKind.PLAN, "basico", BillingPeriod.ANNUAL, CLP, START))
                .isEmpty();
        assertThat(snapshot.price(
                        ProductKind.PLAN, "basico", BillingPeriod.MONTHLY, Currency.getInstance("USD"), START))
                .isEmpty();
    }

    @Test
    void planNamesAreLookedUpOncePerSnapshot() {
        assertThat(snapshot.planName("basico")).isEqualTo("Básico");
        assertThat(snapshot.planName("basico")).isEqualTo("Básico");
        assertThat(planLookups).containsExactly("basico");
    }

    @Test
    void termsComposeThePlanTheRenewingAddOnsAndTheProrations() {
        RenewalTerms terms = new RenewalTerms(
                "sub-1", "basico", BillingPeriod.MONTHLY, CLP, START.minusMonths(1), START, START.plusMonths(1));
        Renewal.Charge proration =
                new Renewal.Charge("c-1", "1 × Usuario adicional, 10/30 días", new BigDecimal("1663"));

        Renewal renewal = terms.compose(
                List.of(new RenewalTerms.Held("extra-user", 2), new RenewalTerms.Held("extra-user", 0)),
                List.of(proration),
                "CL",
                new BigDecimal("19"),
                snapshot);

        assertThat(renewal.plan()).isEqualTo(new Renewal.Item("basico", "Plan Básico", 1, new BigDecimal("31900")));
        assertThat(renewal.addOns())
                .containsExactly(new Renewal.Item("extra-user", "Usuario adicional", 2, new BigDecimal("4990")));
        assertThat(renewal.prorations()).containsExactly(proration);
        assertThat(renewal.periodStart()).isEqualTo(START);
        assertThat(renewal.endingPeriodStart()).isEqualTo(START.minusMonths(1));
    }

    @Test
    void aProductWithoutAPriceInTheCurrencyIsAConflict() {
        RenewalTerms terms = new RenewalTerms(
                "sub-1",
                "basico",
                BillingPeriod.MONTHLY,
                Currency.getInstance("EUR"),
                START.minusMonths(1),
                START,
                START.plusMonths(1));
        assertThatThrownBy(() -> terms.compose(List.of(), List.of(), "CL", BigDecimal.ZERO, snapshot))
                .isInstanceOf(ProblemException.class);
    }
}
