package io.andes.portal;

import io.andes.ticketing.domain.ticket.TicketQuery;
import io.andes.ticketing.domain.ticket.TicketStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The filters of "Mis tickets" as the page holds them. The days are the company's days: "to" includes its whole day,
 * so a ticket opened at 23:30 in Santiago is found on that day, not on the UTC one.
 */
public class TicketFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private TicketStatus status;
    private Long categoryId;
    private LocalDate from;
    private LocalDate to;
    private String text;

    /** The history query for these filters in the company's time zone; blank text is no filter. */
    public TicketQuery toQuery(ZoneId zone) {
        return new TicketQuery(
                status,
                categoryId,
                startOf(from, zone),
                to == null ? null : startOf(to.plusDays(1), zone),
                text == null || text.isBlank() ? null : text.strip());
    }

    public void clear() {
        status = null;
        categoryId = null;
        from = null;
        to = null;
        text = null;
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
