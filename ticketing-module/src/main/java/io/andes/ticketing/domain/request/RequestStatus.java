package io.andes.ticketing.domain.request;

/** A request is a draft the requester still edits, or submitted, when its items became tickets. */
public enum RequestStatus {
    DRAFT,
    SUBMITTED
}
