package io.andes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The renewal's raw ceiling: the very rows the run wrote (its invoices and their lines), read back into memory and
 * inserted again with plain JDBC batches into empty copies of the two tables ({@code CREATE TABLE … LIKE}: the same
 * columns, keys and indexes; no foreign keys), one transaction per {@link #BATCH} invoices with their lines, on one
 * connection. Only the inserts are timed.
 */
final class RawInvoiceInsert {

    static final int BATCH = 1_000;
    static final String INVOICE_COPY = "bench_raw_invoice";
    static final String LINE_COPY = "bench_raw_invoice_line";

    private final JdbcLoad database;

    RawInvoiceInsert(JdbcLoad database) {
        this.database = database;
    }

    /** Copies the rows and answers how long the inserts took. */
    Duration run() throws SQLException {
        try (Connection connection = database.open();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + LINE_COPY + ", " + INVOICE_COPY);
            statement.execute("CREATE TABLE " + INVOICE_COPY + " LIKE invoice");
            statement.execute("CREATE TABLE " + LINE_COPY + " LIKE invoice_line");
            List<Object[]> invoices = read(connection, "SELECT * FROM invoice");
            List<Object[]> lines = read(connection, "SELECT * FROM invoice_line");
            invoices.sort(byOwner(1));
            lines.sort(byOwner(2));
            connection.commit();
            long start = System.nanoTime();
            insert(connection, invoices, lines);
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }

    private static List<Object[]> read(Connection connection, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Invoices in batches; each batch's lines follow it (both are ordered by tenant, then invoice). */
    private static void insert(Connection connection, List<Object[]> invoices, List<Object[]> lines)
            throws SQLException {
        if (invoices.isEmpty()) {
            return;
        }
        try (PreparedStatement invoiceInsert = connection.prepareStatement(insertInto(INVOICE_COPY, invoices));
                PreparedStatement lineInsert = connection.prepareStatement(insertInto(LINE_COPY, lines))) {
            int line = 0;
            for (int first = 0; first < invoices.size(); first += BATCH) {
                List<Object[]> batch = invoices.subList(first, Math.min(invoices.size(), first + BATCH));
                Object[] lastInvoice = batch.get(batch.size() - 1);
                for (Object[] invoice : batch) {
                    bind(invoiceInsert, invoice);
                }
                while (line < lines.size() && !after(lines.get(line), lastInvoice)) {
                    bind(lineInsert, lines.get(line++));
                }
                invoiceInsert.executeBatch();
                lineInsert.executeBatch();
                connection.commit();
            }
            if (line != lines.size()) {
                throw new IllegalStateException((lines.size() - line) + " lines belong to no invoice");
            }
        }
    }

    /** Whether {@code line} belongs to an invoice ordered after {@code invoice} (tenant, then invoice id). */
    private static boolean after(Object[] line, Object[] invoice) {
        int tenant = ((String) line[0]).compareTo((String) invoice[0]);
        return tenant > 0 || tenant == 0 && ((String) line[2]).compareTo((String) invoice[1]) > 0;
    }

    /** Tenant (column 0), then the column at {@code invoiceColumn}: the invoice's id, or a line's invoice id. */
    private static Comparator<Object[]> byOwner(int invoiceColumn) {
        return Comparator.<Object[], String>comparing(row -> (String) row[0])
                .thenComparing(row -> (String) row[invoiceColumn]);
    }

    private static void bind(PreparedStatement insert, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            insert.setObject(i + 1, row[i]);
        }
        insert.addBatch();
    }

    private static String insertInto(String table, List<Object[]> rows) {
        int columns = rows.isEmpty() ? 1 : rows.get(0).length;
        return "INSERT INTO " + table + " VALUES (" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    }
}
