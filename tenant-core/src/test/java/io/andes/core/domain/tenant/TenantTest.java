package io.andes.core.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.andes.core.api.EntitlementType;
import io.andes.core.tenancy.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant CREATED = Instant.parse("2025-03-10T12:00:00Z");
    private static final TaxId RUT = TaxId.of(Country.CL, "76.086.428-5");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private static Tenant newTenant() {
        TenantProfile profile =
                new TenantProfile(new TenantId("acme"), " Acme SpA ", RUT, Currency.getInstance("USD"), SANTIAGO);
        return new Tenant(profile, plan("pyme", "Pyme", Map.of(EntitlementType.USERS, 5)), CREATED);
    }

    @Test
    void newTenantStartsActiveWithTheFactsOfItsProfileAndPlan() {
        Tenant tenant = newTenant();

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.statusReason()).isNull();
        assertThat(tenant.id()).isEqualTo(new TenantId("acme"));
        assertThat(tenant.legalName()).isEqualTo("Acme SpA");
        assertThat(tenant.taxId()).isEqualTo(RUT);
        assertThat(tenant.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(tenant.zone()).isEqualTo(SANTIAGO);
        assertThat(tenant.planCode()).isEqualTo("pyme");
        assertThat(tenant.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void suspendingAnActiveTenantRecordsTheReason() {
        Tenant tenant = newTenant();

        tenant.suspend("Impago de marzo");

        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.statusReason()).isEqualTo("Impago de marzo");
    }

    @Test
    void suspendingASuspendedTenantIsRefusedAndKeepsTheFirstReason() {
        Tenant tenant = newTenant();
        tenant.suspend("Impago de marzo");

        IllegalTenantTransitionException e =
                catchThrowableOfType(IllegalTenantTransitionException.class, () -> tenant.suspend("Otra vez"));

        assertThat(e).isNotNull();
        assertThat(e.current()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(e).hasMessageContaining("SUSPENDED").hasMessageContaining("ACTIVE");
        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.statusReason()).isEqualTo("Impago de marzo");
    }

    @Test
    void reactivatingAnActiveTenantIsRefusedAndChangesNothing() {
        Tenant tenant = newTenant();

        IllegalTenantTransitionException e =
                catchThrowableOfType(IllegalTenantTransitionException.class, () -> tenant.reactivate("Pagó"));

        assertThat(e).isNotNull();
        assertThat(e.current()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.statusReason()).isNull();
    }

    @Test
    void aSuspendedTenantCanBeReactivated() {
        Tenant tenant = newTenant();
        tenant.suspend("Impago de marzo");

        tenant.reactivate("Pago recibido");

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.statusReason()).isEqualTo("Pago recibido");
    }

    @Test
    void aReactivatedTenantCanBeSuspendedAgain() {
        Tenant tenant = newTenant();
        tenant.suspend("Impago de marzo");
        tenant.reactivate("Pago recibido");

        tenant.suspend("Impago de abril");

        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.statusReason()).isEqualTo("Impago de abril");
    }

    private static Plan plan(String code, String name, Map<EntitlementType, Integer> included) {
        return TestPlans.plan(code, name, included);
    }
}
