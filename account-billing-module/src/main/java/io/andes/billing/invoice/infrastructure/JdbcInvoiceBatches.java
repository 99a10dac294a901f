package io.andes.billing.invoice.infrastructure;

import static io.andes.core.infrastructure.JobJdbc.TENANTS;

import io.andes.billing.invoice.domain.BillingData;
import io.andes.billing.invoice.domain.DraftLine;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceBatchRepository;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.core.infrastructure.JobJdbc;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The renewal batches' invoice SQL: numbers taken for a whole batch with one raise of the counter, invoices and lines
 * written as JDBC batches (rewritten by the driver into multi-row INSERTs), each row naming its tenant.
 */
@ApplicationScoped
class JdbcInvoiceBatches implements InvoiceBatchRepository {

    @Inject
    JobJdbc jdbc;

    @Override
    public int takeNumbers(String prefix, int year, int count) {
        String counter = InvoiceNumber.counter(prefix, year);
        // as JpaInvoiceRepository#takeNumber: created when absent under its lock, raised, held until the commit
        jdbc.withStatement(
                "INSERT INTO billing_counter (kind, last_value) VALUES (?, ?)"
                        + " ON DUPLICATE KEY UPDATE last_value = last_value + ?",
                statement -> {
                    statement.setString(1, counter);
                    statement.setInt(2, count);
                    statement.setInt(3, count);
                    return statement.executeUpdate();
                });
        int last = jdbc.withStatement("SELECT last_value FROM billing_counter WHERE kind = ?", statement -> {
            statement.setString(1, counter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
        return last - count + 1;
    }

    @Override
    public Map<TenantId, BillingData> billingData(Collection<TenantId> tenants, Map<TenantId, String> countries) {
        Map<TenantId, BillingData> found = new HashMap<>();
        jdbc.query(
                        "SELECT tenant_id, legal_name, tax_id, address, activity, email FROM billing_profile"
                                + " WHERE tenant_id IN (" + TENANTS + ")",
                        tenants,
                        List.of(),
                        rows -> {
                            TenantId tenant = new TenantId(rows.getString(1));
                            return Map.entry(
                                    tenant,
                                    new BillingData(
                                            rows.getString(2),
                                            rows.getString(3),
                                            rows.getString(4),
                                            rows.getString(5),
                                            rows.getString(6),
                                            countries.get(tenant)));
                        })
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    @Override
    public Set<TenantId> renewingOneByOne(Collection<TenantId> tenants) {
        Set<TenantId> found = new HashSet<>(jdbc.query(
                "SELECT tenant_id FROM payment_account WHERE tenant_id IN (" + TENANTS + ") AND auto_pay",
                tenants,
                List.of(),
                rows -> new TenantId(rows.getString(1))));
        found.addAll(jdbc.query(
                "SELECT tenant_id FROM credit_ledger WHERE tenant_id IN (" + TENANTS + ")"
                        + " AND entry_kind IN ('CREDIT_NOTE', 'APPLIED') GROUP BY tenant_id, currency"
                        + " HAVING SUM(amount) <> 0",
                tenants,
                List.of(),
                rows -> new TenantId(rows.getString(1))));
        return found;
    }

    @Override
    public void addAll(List<Issued> issued) {
        jdbc.withStatement(
                "INSERT INTO invoice (tenant_id, id, number, subscription_id, status, issued_at, issue_date, due_on,"
                        + " period_start, period_end, currency, net, tax_percent, tax, total, bill_legal_name,"
                        + " bill_tax_id, bill_address, bill_activity, bill_email, bill_country)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    for (Issued one : issued) {
                        bindInvoice(statement, one.tenant(), one.invoice());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
        jdbc.withStatement(
                "INSERT INTO invoice_line (tenant_id, id, invoice_id, position, kind, product_code, description,"
                        + " quantity, unit_price, amount, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    for (Issued one : issued) {
                        int position = 0;
                        for (DraftLine line : one.lines()) {
                            bindLine(statement, one, ++position, line);
                            statement.addBatch();
                        }
                    }
                    return statement.executeBatch();
                });
    }

    private static void bindInvoice(PreparedStatement statement, TenantId tenant, Invoice invoice) throws SQLException {
        BillingData billedTo = invoice.billedTo();
        statement.setString(1, tenant.value());
        statement.setString(2, invoice.id());
        statement.setString(3, invoice.number());
        statement.setString(4, invoice.subscriptionId());
        statement.setString(5, invoice.status().name());
        statement.setTimestamp(6, Timestamp.from(invoice.issuedAt()));
        statement.setDate(7, Date.valueOf(invoice.issueDate()));
        statement.setDate(8, Date.valueOf(invoice.dueOn()));
        statement.setDate(9, Date.valueOf(invoice.periodStart()));
        statement.setDate(10, Date.valueOf(invoice.periodEnd()));
        statement.setString(11, invoice.currency());
        statement.setBigDecimal(12, invoice.net());
        statement.setBigDecimal(13, invoice.taxPercent());
        statement.setBigDecimal(14, invoice.tax());
        statement.setBigDecimal(15, invoice.total());
        statement.setString(16, billedTo.legalName());
        statement.setString(17, billedTo.taxId());
        statement.setString(18, billedTo.address());
        statement.setString(19, billedTo.activity());
        statement.setString(20, billedTo.email());
        statement.setString(21, billedTo.country());
    }

    private static void bindLine(PreparedStatement statement, Issued invoice, int position, DraftLine line)
            throws SQLException {
        statement.setString(1, invoice.tenant().value());
        statement.setString(2, UUID.randomUUID().toString());
        statement.setString(3, invoice.invoice().id());
        statement.setInt(4, position);
        statement.setString(5, line.kind().name());
        statement.setString(6, line.productCode());
        statement.setString(7, line.description());
        statement.setInt(8, line.quantity());
        statement.setBigDecimal(9, line.unitPrice());
        statement.setBigDecimal(10, line.amount());
        statement.setString(11, line.sourceId());
    }
}
