package io.andes.store.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.store.domain.catalog.AddOn;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscribedAddOnTest {

    private static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");
    private static final AddOn PRIORITY = new AddOn("priority-support", "Soporte prioritario", null, 1, 1);
    private static final AddOn USER = new AddOn("extra-user", "Usuario adicional", null, 1, 1000);

    @Test
    void buyingRaisesTheQuantityNowAndAtRenewal() {
        SubscribedAddOn users = new SubscribedAddOn(USER, NOW);
        users.buy(USER, 2, NOW);
        users.buy(USER, 3, NOW);
        assertThat(users.quantity()).isEqualTo(5);
        assertThat(users.renewalQuantity()).isEqualTo(5);
    }

    @Test
    void loweringChangesOnlyTheRenewalQuantity() {
        SubscribedAddOn users = new SubscribedAddOn(USER, NOW);
        users.buy(USER, 5, NOW);
        users.renewWith(USER, 2, NOW);
        assertThat(users.quantity()).isEqualTo(5);
        assertThat(users.renewalQuantity()).isEqualTo(2);
    }

    @Test
    void prioritySupportIsHeldAtMostOnce() {
        SubscribedAddOn support = new SubscribedAddOn(PRIORITY, NOW);
        support.buy(PRIORITY, 1, NOW);
        assertThatThrownBy(() -> support.buy(PRIORITY, 1, NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(support.quantity()).isEqualTo(1);
    }

    @Test
    void theRenewalMakesTheRenewalQuantityActiveAndSaysByHowMuchItChanged() {
        SubscribedAddOn users = new SubscribedAddOn(USER, NOW);
        users.buy(USER, 5, NOW);
        users.renewWith(USER, 2, NOW);

        assertThat(users.renew(NOW)).isEqualTo(-3);
        assertThat(users.quantity()).isEqualTo(2);
        assertThat(users.renewalQuantity()).isEqualTo(2);
        assertThat(users.renew(NOW)).isZero();
    }
}
