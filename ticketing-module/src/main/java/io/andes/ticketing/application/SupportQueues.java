package io.andes.ticketing.application;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.calendar.BusinessCalendar;
import io.andes.ticketing.domain.numbering.TicketNumber;
import io.andes.ticketing.domain.sla.DueStanding;
import io.andes.ticketing.domain.sla.SlaRepository;
import io.andes.ticketing.domain.sla.SlaStanding;
import io.andes.ticketing.domain.ticket.DeskQuery;
import io.andes.ticketing.domain.ticket.DeskRepository;
import io.andes.ticketing.domain.ticket.DeskRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agents' cross-tenant ticket list and the console's overview. An explicit staff operation: it reads list columns
 * of every tenant's tickets (never their conversation) and is not written to any tenant's audit log, because it
 * reaches no single tenant; opening or changing a ticket goes through {@link SupportDesk}, audited per tenant.
 * Who may see which queue is {@link DeskAccess}'s rule.
 */
@ApplicationScoped
public class SupportQueues {

    static final int OVERVIEW_LIMIT = 5000;

    @Inject
    DeskRepository desk;

    @Inject
    DeskAccess access;

    @Inject
    SlaRepository sla;

    @Inject
    TenantDirectory directory;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    public Page<TicketViews.QueueItem> list(DeskQuery asked, PageRequest page) {
        DeskQuery query = access.restrict(asked);
        return transactions.requiresNew(() -> {
            Standings standings = new Standings(clock.instant());
            return new Page<>(
                    desk.list(query, page.offset(), page.size()).stream()
                            .map(standings::item)
                            .toList(),
                    page.page(),
                    page.size(),
                    desk.count(query));
        });
    }

    public TicketViews.DeskOverview overview() {
        DeskQuery query = access.restrict(DeskQuery.allOpen());
        return transactions.requiresNew(() -> {
            Standings standings = new Standings(clock.instant());
            Map<Line, long[]> counts = new TreeMap<>();
            long[] total = new long[3];
            for (DeskRow row : desk.list(query, 0, OVERVIEW_LIMIT)) {
                SlaStanding standing = standings.of(row);
                count(
                        counts.computeIfAbsent(
                                new Line(row.queue(), row.priority().name()), k -> new long[3]),
                        standing);
                count(total, standing);
            }
            List<TicketViews.QueueCount> lines = counts.entrySet().stream()
                    .map(e -> new TicketViews.QueueCount(
                            e.getKey().queue(),
                            e.getKey().priority(),
                            e.getValue()[0],
                            e.getValue()[1],
                            e.getValue()[2]))
                    .toList();
            return new TicketViews.DeskOverview(lines, total[0], total[1], total[2]);
        });
    }

    private static void count(long[] counts, SlaStanding standing) {
        counts[0]++;
        counts[1] += standing == SlaStanding.AT_RISK ? 1 : 0;
        counts[2] += standing == SlaStanding.BREACHED ? 1 : 0;
    }

    /** A line of the overview: queue by priority, urgent first within a queue. */
    private record Line(String queue, String priority) implements Comparable<Line> {

        @Override
        public int compareTo(Line other) {
            int byQueue = queue.compareTo(other.queue);
            return byQueue != 0 ? byQueue : other.priority.compareTo(priority);
        }
    }

    /** Standings of one list, at one instant, looking each tenant's calendar up once. */
    private final class Standings {

        private final Instant now;
        private final Map<TenantId, Optional<TenantSummary>> tenants = new HashMap<>();
        private final Map<TenantId, BusinessCalendar> calendars = new HashMap<>();

        Standings(Instant now) {
            this.now = now;
        }

        SlaStanding of(DeskRow row) {
            Optional<TenantSummary> tenant = tenants.computeIfAbsent(row.tenant(), directory::find);
            if (tenant.isEmpty()) {
                return SlaStanding.ON_TRACK;
            }
            BusinessCalendar calendar = calendars.computeIfAbsent(row.tenant(), id -> TenantCalendars.of(tenant.get()));
            return DueStanding.of(
                    row.status(),
                    row.firstResponseDue(),
                    row.resolutionDue(),
                    row.breachNoted(),
                    sla.terms(row.tier()).orElseThrow().policy(row.priority()),
                    calendar,
                    now);
        }

        TicketViews.QueueItem item(DeskRow row) {
            SlaStanding standing = of(row);
            return new TicketViews.QueueItem(
                    row.tenant().value(),
                    new TicketNumber(row.number()).formatted(),
                    row.subject(),
                    row.queue(),
                    row.status().name(),
                    row.priority().name(),
                    row.tier().name(),
                    row.assignee(),
                    row.nextDue(),
                    standing.name(),
                    tenants.get(row.tenant()).map(t -> t.zone().getId()).orElse("UTC"),
                    row.updatedAt());
        }
    }
}
