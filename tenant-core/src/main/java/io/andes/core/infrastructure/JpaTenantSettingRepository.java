package io.andes.core.infrastructure;

import io.andes.core.domain.setting.TenantSetting;
import io.andes.core.domain.setting.TenantSettingRepository;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

@ApplicationScoped
class JpaTenantSettingRepository implements TenantSettingRepository {

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Optional<TenantSetting> find(String name) {
        return Optional.ofNullable(entityManagers.get().find(TenantSetting.class, name));
    }

    @Override
    public void add(TenantSetting setting) {
        entityManagers.get().persist(setting);
    }
}
