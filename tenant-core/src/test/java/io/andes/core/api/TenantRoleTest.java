package io.andes.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRoleTest {

    @ParameterizedTest
    @ValueSource(strings = {"tenant-admin", "TENANT_ADMIN", " Tenant-Admin "})
    void readsTheAdminRoleEitherWay(String text) {
        assertThat(TenantRole.parse(text)).contains(TenantRole.TENANT_ADMIN);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"platform-admin", "support-agent", "billing-staff", "advisor", "admin", ""})
    void neverYieldsAStaffRole(String text) {
        assertThat(TenantRole.parse(text)).isEmpty();
    }
}
