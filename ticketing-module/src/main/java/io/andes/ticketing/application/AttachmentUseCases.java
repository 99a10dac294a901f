package io.andes.ticketing.application;

import io.andes.core.problem.ProblemException;
import io.andes.core.security.CurrentUser;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.domain.attachment.AcceptedAttachment;
import io.andes.ticketing.domain.attachment.AttachmentContent;
import io.andes.ticketing.domain.attachment.AttachmentRules;
import io.andes.ticketing.domain.attachment.TicketAttachment;
import io.andes.ticketing.domain.ticket.Ticket;
import io.andes.ticketing.domain.ticket.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Photos and PDFs on a ticket: every file of an upload is checked by its content before any is stored, so an upload is
 * stored whole or not at all.
 */
@ApplicationScoped
public class AttachmentUseCases {

    /** A file as it arrived: the name the client gave and the bytes. */
    public record Upload(String name, byte[] bytes) {}

    @Inject
    TicketRepository tickets;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public List<TicketViews.Attachment> attach(String number, List<Upload> uploads) {
        Ticket ticket = TicketLookup.existing(tickets, number);
        AttachmentRules rules = AttachmentRules.standard();
        rules.checkRoomFor(ticket.attachmentCount(), uploads.size());
        List<AcceptedAttachment> accepted = new ArrayList<>();
        for (Upload upload : uploads) {
            accepted.add(rules.accept(upload.name(), upload.bytes()));
        }
        Instant at = clock.instant();
        List<TicketViews.Attachment> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            byte[] bytes = uploads.get(i).bytes();
            TicketAttachment attachment = new TicketAttachment(
                    ticket.id(), accepted.get(i), sha256(bytes), caller.get().username(), at);
            tickets.add(attachment, new AttachmentContent(attachment, bytes));
            stored.add(TicketPresenter.attachment(attachment));
        }
        ticket.attached(uploads.size(), at);
        return stored;
    }

    @Transactional
    public TicketViews.FileContent download(String number, String attachmentId) {
        Ticket ticket = TicketLookup.existing(tickets, number);
        TicketAttachment attachment = tickets.attachment(ticket, attachmentId == null ? "" : attachmentId)
                .orElseThrow(() -> ProblemException.notFound("el archivo", "The file"));
        byte[] bytes = tickets.content(attachment)
                .map(AttachmentContent::bytes)
                .orElseThrow(() -> ProblemException.notFound("el archivo", "The file"));
        return new TicketViews.FileContent(attachment.fileName(), attachment.mediaType(), bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
