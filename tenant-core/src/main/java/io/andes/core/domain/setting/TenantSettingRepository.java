package io.andes.core.domain.setting;

import java.util.Optional;

/** The bound tenant's settings. */
public interface TenantSettingRepository {

    Optional<TenantSetting> find(String name);

    void add(TenantSetting setting);
}
