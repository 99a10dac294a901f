package io.andes.core.application;

import io.andes.core.api.NotificationSettings;
import io.andes.core.domain.setting.TenantSetting;
import io.andes.core.domain.setting.TenantSettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The bound tenant's notification settings; see {@link NotificationSettings}. */
@ApplicationScoped
public class NotificationSettingUseCases implements NotificationSettings {

    @Inject
    TenantSettingRepository settings;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public boolean smsEnabled() {
        return settings.find(TenantSetting.SMS_NOTIFICATIONS)
                .map(TenantSetting::enabled)
                .orElse(false);
    }

    @Override
    @Transactional
    public boolean enableSms(boolean enabled) {
        settings.find(TenantSetting.SMS_NOTIFICATIONS)
                .ifPresentOrElse(
                        s -> s.change(enabled, clock.instant()),
                        () -> settings.add(
                                new TenantSetting(TenantSetting.SMS_NOTIFICATIONS, enabled, clock.instant())));
        return enabled;
    }
}
