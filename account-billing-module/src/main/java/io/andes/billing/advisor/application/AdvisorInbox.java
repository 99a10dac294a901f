package io.andes.billing.advisor.application;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.domain.AdvisorInboxSearch;
import io.andes.billing.advisor.domain.CommercialMessage;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.billing.advisor.domain.CommercialRequestRepository;
import io.andes.billing.advisor.domain.CommercialStatus;
import io.andes.billing.advisor.domain.InboxQuery;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The advisors' inbox: the requests of their own tenants (every tenant's for platform admins), read and answered each
 * through an audited staff access to that tenant. Every answer is mailed to the request's sender.
 */
@ApplicationScoped
public class AdvisorInbox {

    static final String WORK = "asesoría comercial";

    @Inject
    AdvisorInboxSearch search;

    @Inject
    AdvisorAccess access;

    @Inject
    StaffTenantAccess staff;

    @Inject
    CommercialRequestRepository requests;

    @Inject
    RequestLookup lookup;

    @Inject
    CommercialNotices notices;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    /** Open requests first, then the latest changed; a status or a tenant code narrows it. */
    @Transactional
    public Page<AdvisorViews.RequestSummary> list(String status, String tenant, PageRequest page, boolean english) {
        InboxQuery query = new InboxQuery(
                access.inboxOwner(),
                status == null || status.isBlank() ? null : CommercialStatus.parse(status),
                tenant == null || tenant.isBlank() ? null : tenant.strip());
        return new Page<>(
                search.list(query, page.offset(), page.size()).stream()
                        .map(row -> CommercialPresenter.summary(row, english))
                        .toList(),
                page.page(),
                page.size(),
                search.count(query));
    }

    public AdvisorViews.Request view(TenantId tenant, String number, String reason, boolean english) {
        return act(tenant, number, "advisor.request.read", reason, request -> request, english);
    }

    public AdvisorViews.Request reply(TenantId tenant, String number, String body, boolean english) {
        return act(
                tenant,
                number,
                "advisor.request.answered",
                WORK,
                request -> {
                    Instant at = clock.instant();
                    request.advisorActed(at);
                    CommercialMessage answer = new CommercialMessage(
                            request, CommercialMessage.ADVISOR, caller.get().username(), body, at);
                    requests.add(answer);
                    notices.toRequester(request, "Respuesta de su asesor comercial:", answer.body());
                    return request;
                },
                english);
    }

    public AdvisorViews.Request close(TenantId tenant, String number, boolean english) {
        return act(
                tenant,
                number,
                "advisor.request.closed",
                WORK,
                request -> {
                    request.close(clock.instant());
                    notices.toRequester(
                            request, "Solicitud comercial cerrada:", "Su asesor comercial cerró la solicitud.");
                    return request;
                },
                english);
    }

    /** One audited staff call on a request the caller may reach; the work answers the request to show. */
    AdvisorViews.Request act(
            TenantId tenant,
            String number,
            String action,
            String reason,
            Function<CommercialRequest, CommercialRequest> work,
            boolean english) {
        return staff.call(tenant, action, number, reason == null ? WORK : reason, () -> {
            access.requireReach(tenant, number);
            CommercialRequest request = work.apply(lookup.existing(number));
            return CommercialPresenter.whole(lookup.parts(request), english);
        });
    }
}
