package io.andes.ticketing.application;

import io.andes.core.security.CurrentUser;
import io.andes.ticketing.api.RequestViews;
import io.andes.ticketing.domain.attachment.AcceptedAttachment;
import io.andes.ticketing.domain.attachment.AttachmentRules;
import io.andes.ticketing.domain.request.RequestItem;
import io.andes.ticketing.domain.request.RequestPhoto;
import io.andes.ticketing.domain.request.RequestRepository;
import io.andes.ticketing.domain.request.ServiceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos and PDFs on a draft item, under the rules of a ticket's files: every file of an upload is checked by its
 * content and against the item's limit before any is stored, so an upload is stored whole or not at all.
 */
@ApplicationScoped
public class RequestPhotos {

    @Inject
    RequestRepository requests;

    @Inject
    RequestUseCases drafts;

    @Inject
    Provider<CurrentUser> caller;

    @Inject
    Clock clock;

    @Transactional
    public List<RequestViews.Photo> attach(String idOrNumber, String itemId, List<AttachmentUseCases.Upload> uploads) {
        ServiceRequest request = RequestLookup.existing(requests, idOrNumber);
        RequestItem item = drafts.existingItem(request, itemId);
        request.requireDraft();
        AttachmentRules rules = AttachmentRules.standard();
        rules.checkRoomFor(item.photoCount(), uploads.size());
        List<AcceptedAttachment> accepted = new ArrayList<>();
        for (AttachmentUseCases.Upload upload : uploads) {
            accepted.add(rules.accept(upload.name(), upload.bytes()));
        }
        Instant at = clock.instant();
        String by = caller.get().username();
        List<RequestViews.Photo> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            byte[] bytes = uploads.get(i).bytes();
            RequestPhoto photo =
                    new RequestPhoto(item, accepted.get(i), bytes, AttachmentUseCases.sha256(bytes), by, at);
            requests.add(photo);
            stored.add(RequestPresenter.photo(photo.info()));
        }
        item.photographed(uploads.size());
        return stored;
    }
}
