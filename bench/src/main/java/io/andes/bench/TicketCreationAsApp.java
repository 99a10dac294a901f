package io.andes.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every statement the application sends to open a ticket (as its general log shows them), on raw JDBC in one
 * transaction: the catalog checks, the 200 most recent open tickets for the duplicate warning, the same writes as
 * {@link TicketCreation}, then the category, messages and attachments of the answer. Set against the API it
 * separates the database's share of an opening from the application server's.
 */
final class TicketCreationAsApp implements JdbcLoad.Transaction {

    static final String SERVICE =
            "SELECT code, active, name_en, name_es, sort_order FROM support_service WHERE code = ?";
    static final String CATEGORY = "SELECT id, active, kind, name_en, name_es, parent_id, queue_code, service_code,"
            + " sort_order FROM ticket_category WHERE id = ?";
    static final String CHILDREN = "SELECT COUNT(id) FROM ticket_category WHERE parent_id = ? AND active = 1";
    static final String RECENT_OPEN = "SELECT tenant_id, id, assignee, attachment_count, category_id, contact_phone,"
            + " created_at, description, finished_at, first_response_at, merge_target, number, queue_code,"
            + " requester_id, requester_name, service_code, status, subject, updated_at, version FROM ticket"
            + " WHERE status IN ('NUEVO', 'ABIERTO', 'EN_ESPERA_CLIENTE') AND tenant_id = ?"
            + " ORDER BY updated_at DESC LIMIT 0, 200";
    static final String MESSAGES = "SELECT tenant_id, id, author_kind, author_name, body, created_at, internal,"
            + " ticket_id FROM ticket_message WHERE ticket_id = ? AND internal = 0 AND tenant_id = ?"
            + " ORDER BY created_at";
    static final String ATTACHMENTS = "SELECT tenant_id, id, file_name, media_type, sha256, size_bytes, ticket_id,"
            + " uploaded_at, uploaded_by FROM ticket_attachment WHERE ticket_id = ? AND tenant_id = ?"
            + " ORDER BY uploaded_at";

    private final TicketCreation writes;
    private final PreparedStatement service;
    private final PreparedStatement category;
    private final PreparedStatement children;
    private final PreparedStatement recentOpen;
    private final PreparedStatement messages;
    private final PreparedStatement attachments;

    TicketCreationAsApp(Connection connection) throws SQLException {
        this.writes = new TicketCreation(connection);
        this.service = connection.prepareStatement(SERVICE);
        this.category = connection.prepareStatement(CATEGORY);
        this.children = connection.prepareStatement(CHILDREN);
        this.recentOpen = connection.prepareStatement(RECENT_OPEN);
        this.messages = connection.prepareStatement(MESSAGES);
        this.attachments = connection.prepareStatement(ATTACHMENTS);
    }

    @Override
    public String apply(String tenant) throws SQLException {
        TicketTexts.Content content = new TicketTexts(ThreadLocalRandom.current()).content();
        long leaf = content.leaf().id();
        service.setString(1, content.leaf().service());
        read(service);
        readCategory(leaf);
        children.setLong(1, leaf);
        read(children);
        recentOpen.setString(1, tenant);
        read(recentOpen);
        String refused = writes.apply(tenant, content);
        if (refused != null) {
            return refused;
        }
        readCategory(leaf); // the answer's category reference
        for (PreparedStatement answer : new PreparedStatement[] {messages, attachments}) {
            answer.setString(1, writes.lastId());
            answer.setString(2, tenant);
            read(answer);
        }
        return null;
    }

    private void readCategory(long id) throws SQLException {
        category.setLong(1, id);
        read(category);
    }

    /** Reads every column of every row, as the application does when it builds its objects. */
    private static void read(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }
}
