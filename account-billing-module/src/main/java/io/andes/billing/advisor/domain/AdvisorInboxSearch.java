package io.andes.billing.advisor.domain;

import java.util.List;

/** The advisors' cross-tenant list of commercial requests: open ones first, then the most recently changed. */
public interface AdvisorInboxSearch {

    List<InboxRow> list(InboxQuery query, int offset, int limit);

    long count(InboxQuery query);
}
