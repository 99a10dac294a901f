package io.andes.core.application;

import io.andes.core.domain.notification.ClaimedMessage;
import io.andes.core.domain.notification.OutboxMessage;
import io.andes.core.domain.notification.OutboxRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The outbox in memory, for one tenant: enough to drive the use cases and the delivery without a database. */
final class FakeOutbox implements OutboxRepository {

    final List<OutboxMessage> messages = new ArrayList<>();

    @Override
    public void add(OutboxMessage message) {
        messages.add(message);
    }

    @Override
    public Optional<OutboxMessage> find(String id) {
        return messages.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public List<OutboxMessage> page(int offset, int limit) {
        return messages.stream()
                .sorted(Comparator.comparing((OutboxMessage m) -> m.view().createdAt())
                        .reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public long count() {
        return messages.size();
    }

    @Override
    public List<ClaimedMessage> claimDue(Instant now, Instant lease, int limit) {
        throw new UnsupportedOperationException("claims are tested against the database (OutboxIT)");
    }

    @Override
    public Optional<OutboxMessage> lockForDelivery(ClaimedMessage claim) {
        return find(claim.id());
    }
}
