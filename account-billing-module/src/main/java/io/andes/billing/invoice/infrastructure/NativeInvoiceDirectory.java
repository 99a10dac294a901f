package io.andes.billing.invoice.infrastructure;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.InvoiceDirectory;
import io.andes.billing.invoice.domain.InvoiceStatus;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.infrastructure.NativeSearch;
import io.andes.core.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Every tenant's invoices in native SQL with no tenant bound: it selects {@code tenant_id} itself. */
@ApplicationScoped
class NativeInvoiceDirectory implements InvoiceDirectory {

    private static final String FROM = " FROM invoice i JOIN tenant t ON t.id = i.tenant_id";
    private static final String SELECT = "SELECT i.tenant_id, t.legal_name, t.country, t.time_zone, i.number,"
            + " i.status, i.issue_date, i.due_on, i.period_start, i.period_end, i.currency, i.total" + FROM;

    @Inject
    TenantEntityManager entityManagers;

    @Override
    public Page<BillingViews.StaffInvoiceRow> page(BillingViews.InvoiceSearch search, Instant now, PageRequest page) {
        EntityManager em = entityManagers.forJobOfNoTenant();
        NativeSearch query = search(search, now, em);
        List<BillingViews.StaffInvoiceRow> rows =
                query.rows(em, SELECT, " ORDER BY i.issued_at DESC, i.number DESC", page.offset(), page.size()).stream()
                        .map(row -> row(row, now))
                        .toList();
        return new Page<>(rows, page.page(), page.size(), query.count(em, "SELECT COUNT(*)" + FROM));
    }

    private static NativeSearch search(BillingViews.InvoiceSearch search, Instant now, EntityManager em) {
        String tenant = NativeSearch.contains(search.tenant());
        String status = search.status() == null ? null : search.status().toUpperCase(Locale.ROOT);
        NativeSearch query = new NativeSearch()
                .and("(i.tenant_id LIKE ? OR t.legal_name LIKE ?)", tenant)
                .and("i.issue_date >= ?", search.issuedFrom())
                .and("i.issue_date <= ?", search.issuedTo());
        if (InvoiceStatus.VENCIDA.name().equals(status)) {
            return query.and("i.status = ?", InvoiceStatus.PENDIENTE.name())
                    .andAny(byTenantToday("i.due_on < ?", zones(em), now));
        }
        if (InvoiceStatus.PENDIENTE.name().equals(status)) {
            return query.and("i.status = ?", InvoiceStatus.PENDIENTE.name())
                    .andAny(byTenantToday("i.due_on >= ?", zones(em), now));
        }
        return query.and("i.status = ?", status);
    }

    /**
     * {@code dueCondition} on the date of {@code now} in each tenant's time zone: one alternative per zone the tenants
     * use, so that the database needs no time zone tables.
     */
    static List<NativeSearch.Alternative> byTenantToday(String dueCondition, List<String> zones, Instant now) {
        return zones.stream()
                .map(zone -> new NativeSearch.Alternative(
                        "t.time_zone = ? AND " + dueCondition, List.of(zone, today(zone, now))))
                .toList();
    }

    private static List<String> zones(EntityManager em) {
        return NativeSearch.column(em, "SELECT DISTINCT time_zone FROM tenant").stream()
                .map(String.class::cast)
                .toList();
    }

    private static LocalDate today(String zone, Instant now) {
        return LocalDate.ofInstant(now, ZoneId.of(zone));
    }

    static BillingViews.StaffInvoiceRow row(Object[] row, Instant now) {
        LocalDate dueOn = NativeSearch.date(row[7]);
        String status = (String) row[5];
        boolean overdue = InvoiceStatus.PENDIENTE.name().equals(status)
                && today((String) row[3], now).isAfter(dueOn);
        return new BillingViews.StaffInvoiceRow(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                overdue ? InvoiceStatus.VENCIDA.name() : status,
                NativeSearch.date(row[6]),
                dueOn,
                NativeSearch.date(row[8]),
                NativeSearch.date(row[9]),
                (String) row[10],
                (BigDecimal) row[11]);
    }
}
