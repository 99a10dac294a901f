package io.andes.billing.advisor.application;

import io.andes.billing.advisor.api.AdvisorQuoteAccepted;
import io.andes.billing.advisor.domain.AdvisorCard;
import io.andes.billing.advisor.domain.AdvisorDirectory;
import io.andes.billing.advisor.domain.AdvisorProfile;
import io.andes.billing.advisor.domain.AdvisorQuote;
import io.andes.billing.advisor.domain.CommercialCounter;
import io.andes.billing.advisor.domain.CommercialMessage;
import io.andes.billing.advisor.domain.CommercialNumber;
import io.andes.billing.advisor.domain.CommercialRequest;
import io.andes.billing.advisor.domain.CommercialRequestRepository;
import io.andes.billing.advisor.domain.QuoteLine;
import io.andes.billing.advisor.domain.QuoteProduct;
import io.andes.billing.advisor.domain.TenantAdvisor;
import io.andes.core.api.NotificationView;
import io.andes.core.api.Notifications;
import io.andes.core.api.OutgoingEmail;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.domain.setting.TenantSetting;
import io.andes.core.domain.setting.TenantSettingRepository;
import io.andes.core.security.CurrentUser;
import io.andes.core.tenancy.TenantBinding;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The tenant side of the channel wired by hand with in-memory repositories, a recording outbox and a recording event,
 * for one tenant and one signed-in person whose roles the test chooses. No container.
 */
final class ChannelTestBed {

    static final TenantId TENANT = new TenantId("cliente-uno");
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    final InMemoryRequests requests = new InMemoryRequests();
    final List<OutgoingEmail> mails = new ArrayList<>();
    final List<AdvisorQuoteAccepted> events = new ArrayList<>();
    final Map<String, TenantSetting> settings = new HashMap<>();
    CurrentUser user;

    final CommercialRequests channel = new CommercialRequests();
    final QuoteAcceptance acceptance = new QuoteAcceptance();

    ChannelTestBed(String username, String role) {
        signIn(username, role);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        TenantBinding binding = new TenantBinding() {
            @Override
            public TenantId require() {
                return TENANT;
            }
        };
        ChannelAccess access = new ChannelAccess();
        access.settings = new TenantSettingRepository() {
            @Override
            public Optional<TenantSetting> find(String name) {
                return Optional.ofNullable(settings.get(name));
            }

            @Override
            public void add(TenantSetting setting) {
                settings.put(ChannelAccess.USERS_MAY_SEND, setting);
            }
        };
        access.caller = () -> user;
        access.clock = clock;
        RequestLookup lookup = new RequestLookup();
        lookup.requests = requests;
        lookup.binding = binding;
        lookup.tenants = new TenantDirectory() {
            @Override
            public Optional<TenantSummary> find(TenantId id) {
                return Optional.of(new TenantSummary(
                        id,
                        "Cliente Uno SpA",
                        "ACTIVE",
                        "CL",
                        Currency.getInstance("CLP"),
                        ZoneId.of("America/Santiago")));
            }

            @Override
            public void forget(TenantId id) {}
        };
        CommercialNotices notices = new CommercialNotices();
        notices.notifications = new RecordingOutbox();
        notices.advisors = new OneAdvisor();
        notices.binding = binding;
        notices.unassignedAddress = "comercial@andes.test";
        notices.webUrl = "http://127.0.0.1:8080";
        channel.requests = requests;
        channel.lookup = lookup;
        channel.access = access;
        channel.notices = notices;
        channel.binding = binding;
        channel.caller = () -> user;
        channel.clock = clock;
        acceptance.requests = requests;
        acceptance.channel = channel;
        acceptance.access = access;
        acceptance.lookup = lookup;
        acceptance.notices = notices;
        acceptance.binding = binding;
        acceptance.accepted = new RecordingEvent();
        acceptance.caller = () -> user;
        acceptance.clock = clock;
    }

    void signIn(String username, String role) {
        user = new CurrentUser("sub-" + username, username, TENANT, Set.of(role), "127.0.0.1");
    }

    /** A request with a pending quote of the given lines, as the advisor would leave it. */
    AdvisorQuote quoted(CommercialRequest request, QuoteLineSpec... lines) {
        AdvisorQuote quote = new AdvisorQuote(request, "Precio de lista", "asesor@andes.test", NOW);
        requests.add(quote);
        int position = 0;
        for (QuoteLineSpec line : lines) {
            requests.add(new QuoteLine(quote, ++position, line.product(), line.quantity(), line.note()));
        }
        return quote;
    }

    record QuoteLineSpec(QuoteProduct product, int quantity, String note) {}

    final class RecordingOutbox implements Notifications {

        @Override
        public String queueEmail(OutgoingEmail email) {
            mails.add(email);
            return "n-" + mails.size();
        }

        @Override
        public String queueSms(String phone, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<NotificationView> list(PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public NotificationView retry(String id) {
            throw new UnsupportedOperationException();
        }
    }

    final class RecordingEvent implements Event<AdvisorQuoteAccepted> {

        @Override
        public void fire(AdvisorQuoteAccepted event) {
            events.add(event);
        }

        @Override
        public <U extends AdvisorQuoteAccepted> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AdvisorQuoteAccepted> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<AdvisorQuoteAccepted> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends AdvisorQuoteAccepted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AdvisorQuoteAccepted> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    /** The tenant's advisor: asesora@andes.test. */
    static final class OneAdvisor implements AdvisorDirectory {

        private final AdvisorProfile profile = new AdvisorProfile(
                "asesora@andes.test", new AdvisorCard("Asesora", "asesora@andes.test", null, null), NOW);

        @Override
        public Optional<AdvisorProfile> profile(String username) {
            return profile.username().equals(username) ? Optional.of(profile) : Optional.empty();
        }

        @Override
        public void add(AdvisorProfile profile) {}

        @Override
        public List<AdvisorProfile> profiles() {
            return List.of(profile);
        }

        @Override
        public Optional<TenantAdvisor> assignment(TenantId tenant) {
            return Optional.of(new TenantAdvisor(tenant, profile, "admin", NOW));
        }

        @Override
        public void add(TenantAdvisor assignment) {}

        @Override
        public List<TenantAdvisor> assignments(String advisor) {
            return List.of();
        }
    }

    /** The bound tenant's rows, in memory. */
    static final class InMemoryRequests implements CommercialRequestRepository {

        private final CommercialCounter counter = new CommercialCounter(CommercialCounter.REQUESTS);
        final List<CommercialRequest> all = new ArrayList<>();
        final List<CommercialMessage> messages = new ArrayList<>();
        final List<AdvisorQuote> quotes = new ArrayList<>();
        final List<QuoteLine> lines = new ArrayList<>();

        @Override
        public CommercialNumber nextNumber() {
            return counter.next();
        }

        @Override
        public void add(CommercialRequest request) {
            all.add(request);
        }

        @Override
        public Optional<CommercialRequest> find(CommercialNumber number) {
            return all.stream().filter(r -> r.number().equals(number)).findFirst();
        }

        @Override
        public List<CommercialRequest> list(String requesterId, int offset, int limit) {
            return all.stream()
                    .filter(r -> requesterId == null || requesterId.equals(r.requesterId()))
                    .sorted(Comparator.comparing(
                                    (CommercialRequest r) -> r.number().sequence())
                            .reversed())
                    .skip(offset)
                    .limit(limit)
                    .toList();
        }

        @Override
        public long count(String requesterId) {
            return list(requesterId, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public void add(CommercialMessage message) {
            messages.add(message);
        }

        @Override
        public List<CommercialMessage> messages(CommercialRequest request) {
            return List.copyOf(messages);
        }

        @Override
        public void add(AdvisorQuote quote) {
            quotes.add(quote);
        }

        @Override
        public void add(QuoteLine line) {
            lines.add(line);
        }

        @Override
        public List<AdvisorQuote> quotes(CommercialRequest request) {
            return quotes.stream()
                    .filter(q -> q.requestId().equals(request.id()))
                    .toList();
        }

        @Override
        public List<QuoteLine> lines(List<AdvisorQuote> of) {
            List<String> ids = of.stream().map(AdvisorQuote::id).toList();
            return lines.stream().filter(l -> ids.contains(l.quoteId())).toList();
        }
    }
}
