package io.andes.billing.advisor.application;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.domain.CommercialMessage;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.billing.advisor.domain.CommercialRequestRepository;
import io.andes.billing.advisor.domain.CommercialRequestType;
import io.andes.billing.advisor.domain.Requester;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What a tenant's people do in the advisor channel: send a commercial request (numbered C-000001 per tenant, mailed to
 * the advisor), follow their requests and write on them until closed. Text that reads like a support problem is
 * turned back towards a ticket unless confirmed. One transaction per use case, within the caller's tenant.
 */
@ApplicationScoped
public class CommercialRequests {

    @Inject
    CommercialRequestRepository requests;

    @Inject
    RequestLookup lookup;

    @Inject
    ChannelAccess access;

    @Inject
    CommercialNotices notices;

    @Inject
    TenantBinding binding;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public AdvisorViews.Request send(
            String type, String message, String preferredContact, boolean confirmed, boolean english) {
        access.requireChannel();
        CommercialRequestType parsedType = CommercialRequestType.parse(type);
        SupportTextGuard.check(confirmed, message);
        CurrentUser user = caller.get();
        CommercialRequest request = new CommercialRequest(
                requests.nextNumber(),
                parsedType,
                message,
                preferredContact,
                new Requester(user.subject(), user.username()),
                clock.instant());
        requests.add(request);
        notices.toAdvisor(request, lookup.tenantName(), "Nueva solicitud comercial", request.message());
        return CommercialPresenter.whole(lookup.parts(request), english);
    }

    @Transactional
    public Page<AdvisorViews.RequestSummary> list(PageRequest page, boolean english) {
        access.requireChannel();
        String requester = access.visibleRequester();
        return new Page<>(
                requests.list(requester, page.offset(), page.size()).stream()
                        .map(r -> CommercialPresenter.summary(binding.require(), r, english))
                        .toList(),
                page.page(),
                page.size(),
                requests.count(requester));
    }

    @Transactional
    public AdvisorViews.Request view(String number, boolean english) {
        return CommercialPresenter.whole(lookup.parts(visible(number)), english);
    }

    /** The sender or an admin writes on the request; a closed one is a 409 and nothing is stored. */
    @Transactional
    public AdvisorViews.Message reply(String number, String body, boolean confirmed) {
        CommercialRequest request = visible(number);
        SupportTextGuard.check(confirmed, body);
        Instant at = clock.instant();
        request.tenantWrote(at);
        CommercialMessage message = new CommercialMessage(
                request, CommercialMessage.TENANT, caller.get().username(), body, at);
        requests.add(message);
        notices.toAdvisor(request, lookup.tenantName(), "Mensaje del cliente en", message.body());
        return CommercialPresenter.message(message);
    }

    public List<AdvisorViews.Choice> types(boolean english) {
        return Arrays.stream(CommercialRequestType.values())
                .map(t -> new AdvisorViews.Choice(t.name(), t.label(english)))
                .toList();
    }

    /** A request the caller may see: any of the tenant's for admins, their own for users; else 404. */
    CommercialRequest visible(String number) {
        access.requireChannel();
        CommercialRequest request = lookup.existing(number);
        String requester = access.visibleRequester();
        if (requester != null && !requester.equals(request.requesterId())) {
            throw RequestLookup.notFound(number);
        }
        return request;
    }
}
