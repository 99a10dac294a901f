package io.andes.billing.advisor.application;

import io.andes.core.domain.setting.TenantSetting;
import io.andes.core.domain.setting.TenantSettingRepository;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;

/**
 * Who of a tenant's people uses the advisor channel: its admins always; its plain users only when the tenant turned
 * that on (tenant setting {@value #USERS_MAY_SEND}, off by default), and then they see the requests they sent.
 */
@ApplicationScoped
public class ChannelAccess {

    public static final String USERS_MAY_SEND = "advisor_requests_by_users";

    @Inject
    TenantSettingRepository settings;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    /** Inside the caller's transaction: a plain user of a tenant that did not allow it is refused (403). */
    void requireChannel() {
        if (!isAdmin() && !usersMaySend()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Su empresa no habilitó el canal del asesor comercial para usuarios; pida a un administrador que lo"
                            + " haga o que envíe la solicitud.",
                    "Your company has not opened the advisor channel to users; ask an administrator to do so or to"
                            + " send the request.");
        }
    }

    void requireAdmin(String spanishWhat, String englishWhat) {
        if (!isAdmin()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Solo un administrador de su empresa puede " + spanishWhat + ".",
                    "Only an administrator of your company can " + englishWhat + ".");
        }
    }

    /** Whose requests the caller sees: all of the tenant's for admins (null), their own for plain users. */
    String visibleRequester() {
        return isAdmin() ? null : caller.get().subject();
    }

    boolean isAdmin() {
        return caller.get().hasRole(Roles.TENANT_ADMIN);
    }

    boolean usersMaySend() {
        return settings.find(USERS_MAY_SEND).map(TenantSetting::enabled).orElse(false);
    }

    void allowUsers(boolean allowed) {
        settings.find(USERS_MAY_SEND)
                .ifPresentOrElse(
                        s -> s.change(allowed, clock.instant()),
                        () -> settings.add(new TenantSetting(USERS_MAY_SEND, allowed, clock.instant())));
    }
}
