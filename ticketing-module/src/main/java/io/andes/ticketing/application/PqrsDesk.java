package io.andes.ticketing.application;

import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.PqrsViews;
import io.andes.ticketing.domain.pqrs.PqrsCase;
import io.andes.ticketing.domain.pqrs.PqrsMessage;
import io.andes.ticketing.domain.pqrs.PqrsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Instant;

/**
 * What the vendor's staff do on a tenant's PQRS: read it (with a stated reason), answer it (the requester is mailed)
 * and close it. Each action is a staff access to that tenant, audited in its log.
 */
@ApplicationScoped
public class PqrsDesk {

    private static final String WORK = "atención de PQRS";

    @Inject
    StaffTenantAccess staff;

    @Inject
    PqrsRepository cases;

    @Inject
    PqrsNotices notices;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    public PqrsViews.Pqrs view(TenantId tenant, String number, String reason, boolean english) {
        return staff.call(tenant, "pqrs.read", number, reason, () -> whole(number, english));
    }

    public PqrsViews.Message respond(TenantId tenant, String number, String body) {
        return staff.call(tenant, "pqrs.answered", number, WORK, () -> {
            PqrsCase pqrs = PqrsLookup.existing(cases, number);
            Instant at = clock.instant();
            PqrsMessage answer =
                    new PqrsMessage(pqrs, PqrsMessage.STAFF, caller.get().username(), body, at);
            pqrs.responded(at);
            cases.add(answer);
            notices.answered(pqrs, answer);
            return PqrsPresenter.message(answer);
        });
    }

    public PqrsViews.Pqrs close(TenantId tenant, String number, boolean english) {
        return staff.call(tenant, "pqrs.closed", number, WORK, () -> {
            PqrsLookup.existing(cases, number).close(clock.instant());
            return whole(number, english);
        });
    }

    private PqrsViews.Pqrs whole(String number, boolean english) {
        PqrsCase pqrs = PqrsLookup.existing(cases, number);
        return PqrsPresenter.whole(pqrs, cases.messages(pqrs), english);
    }
}
