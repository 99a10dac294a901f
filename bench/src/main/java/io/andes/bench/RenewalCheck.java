package io.andes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the renewal benchmark verifies after the run, straight in the database: one invoice per subscription and
 * period, every expected line, net equal to the sum of the lines, invoice numbers 1 to the counter's last value of each
 * year without a gap or a repeat, every pending charge invoiced, every subscription moved on, no failed renewal.
 */
final class RenewalCheck {

    /** One verified fact: what was expected and what the database holds. */
    record Fact(String name, long expected, long found) {
        boolean holds() {
            return expected == found;
        }
    }

    private final JdbcLoad database;

    RenewalCheck(JdbcLoad database) {
        this.database = database;
    }

    /** Invoices of the benchmark's tenants right now (the progress of the run). */
    long invoices() throws SQLException {
        return single("SELECT COUNT(*) FROM invoice WHERE tenant_id LIKE 'renew-%'");
    }

    List<Fact> verify(int subscriptions, long expectedLines, long expectedQuotaChanges) throws SQLException {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("invoices", subscriptions, invoices()));
        facts.add(new Fact(
                "distinct (tenant, period) of the invoices",
                subscriptions,
                single("SELECT COUNT(DISTINCT tenant_id, period_start) FROM invoice WHERE tenant_id LIKE 'renew-%'")));
        facts.add(new Fact(
                "invoice lines",
                expectedLines,
                single("SELECT COUNT(*) FROM invoice_line WHERE tenant_id LIKE 'renew-%'")));
        facts.add(new Fact(
                "invoices whose net is not the sum of their lines or total not net + tax",
                0,
                single("SELECT COUNT(*) FROM invoice i WHERE i.total <> i.net + i.tax OR i.net <> (SELECT SUM(l.amount)"
                        + " FROM invoice_line l WHERE l.tenant_id = i.tenant_id AND l.invoice_id = i.id)")));
        facts.add(new Fact(
                "pending charges left PENDING",
                0,
                single("SELECT COUNT(*) FROM pending_charge WHERE status = 'PENDING'")));
        facts.add(new Fact(
                "subscriptions not moved to the next period",
                0,
                single("SELECT COUNT(*) FROM subscription s WHERE NOT EXISTS (SELECT 1 FROM invoice i"
                        + " WHERE i.tenant_id = s.tenant_id AND i.period_end = s.period_end)")));
        facts.add(new Fact(
                "add-ons not at their renewal quantity",
                0,
                single("SELECT COUNT(*) FROM subscription_addon WHERE quantity <> renewal_quantity")));
        facts.add(new Fact(
                "quotas whose add-on units differ from the add-ons held",
                0,
                single("SELECT COUNT(*) FROM entitlement e WHERE e.tenant_id LIKE 'renew-%' AND e.additional <>"
                        + " (SELECT COALESCE(SUM(h.quantity * a.units_per_quantity), 0) FROM subscription_addon h"
                        + " JOIN store_addon a ON a.code = h.addon_code"
                        + " WHERE h.tenant_id = e.tenant_id AND a.entitlement_type = e.type)")));
        facts.add(new Fact(
                "limit changes in the tenants' audit logs",
                expectedQuotaChanges,
                single("SELECT COUNT(*) FROM audit_event WHERE tenant_id LIKE 'renew-%'"
                        + " AND action = 'entitlement.limit-changed'")));
        facts.add(
                new Fact("failed renewals in the runs", 0, single("SELECT COALESCE(SUM(failed), 0) FROM renewal_run")));
        gapless(facts);
        return facts;
    }

    /** Per year: the invoice sequences sorted must be exactly 1..last_value of that year's counter. */
    private void gapless(List<Fact> facts) throws SQLException {
        Map<String, List<Integer>> byYear = new LinkedHashMap<>();
        try (Connection connection = database.open();
                PreparedStatement numbers = connection.prepareStatement(
                        "SELECT SUBSTRING(number, 3, 4), CAST(SUBSTRING(number, 8) AS UNSIGNED) FROM invoice"
                                + " WHERE number LIKE 'F-%' ORDER BY 1, 2");
                ResultSet rows = numbers.executeQuery()) {
            while (rows.next()) {
                byYear.computeIfAbsent(rows.getString(1), year -> new ArrayList<>())
                        .add(rows.getInt(2));
            }
            connection.commit();
        }
        for (Map.Entry<String, List<Integer>> year : byYear.entrySet()) {
            List<Integer> sequences = year.getValue();
            long counter = single("SELECT last_value FROM billing_counter WHERE kind = 'F-" + year.getKey() + "'");
            long outOfPlace = 0;
            for (int i = 0; i < sequences.size(); i++) {
                outOfPlace += sequences.get(i) == i + 1 ? 0 : 1;
            }
            facts.add(new Fact("F-" + year.getKey() + " counter's last value", sequences.size(), counter));
            facts.add(new Fact("F-" + year.getKey() + " numbers out of 1.." + counter, 0, outOfPlace));
        }
    }

    /** The first column of the first row of {@code sql}. */
    long single(String sql) throws SQLException {
        try (Connection connection = database.open();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            long value = rows.getLong(1);
            connection.commit();
            return value;
        }
    }
}
