package io.andes.ticketing.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.ticketing.domain.catalog.TestCategories;
import io.andes.ticketing.domain.catalog.TicketCategory;
import io.andes.ticketing.domain.numbering.RequestNumber;
import io.andes.ticketing.domain.ticket.Requester;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {

    private static final Instant CREATED = Instant.parse("2026-11-02T12:00:00Z");

    private final ServiceRequest draft = new ServiceRequest("erp", new Requester("u-1", "ana@cliente.cl"), CREATED);

    @Test
    void aNewRequestIsADraftWithoutNumber() {
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.number()).isEmpty();
        assertThat(draft.submittedAt()).isNull();
    }

    @Test
    void aDraftTakesItemsUpToTheMaximum() {
        draft.checkRoomForItem(ServiceRequest.MAX_ITEMS - 1);

        assertThatThrownBy(() -> draft.checkRoomForItem(ServiceRequest.MAX_ITEMS))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.CONFLICT));
    }

    @Test
    void anEmptyDraftCannotBeSubmitted() {
        assertThatThrownBy(() -> draft.submit(new RequestNumber(1), 0, CREATED))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.UNPROCESSABLE));
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.number()).isEmpty();
    }

    @Test
    void submittingNumbersTheRequestAndFreezesIt() {
        Instant at = CREATED.plusSeconds(60);
        draft.submit(new RequestNumber(3), 2, at);

        assertThat(draft.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(draft.number()).contains(new RequestNumber(3));
        assertThat(draft.submittedAt()).isEqualTo(at);
        for (Runnable change : new Runnable[] {
            draft::requireDraft, () -> draft.checkRoomForItem(0), () -> draft.submit(new RequestNumber(4), 2, at)
        }) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(ProblemException.class, p -> {
                assertThat(p.type()).isEqualTo(ProblemType.CONFLICT);
                assertThat(p.getMessage()).contains("S-000003");
            });
        }
        assertThat(draft.number()).contains(new RequestNumber(3));
    }

    @Test
    void anItemNeedsADescriptionAndRemembersItsCategoryAndOrder() {
        TicketCategory category = TestCategories.leaf(102L, TicketCategory.SUPPORT, "tecnica");

        RequestItem item = new RequestItem(draft, category, "  Se cae al emitir  ", List.of(), 2);

        assertThat(item.description()).isEqualTo("Se cae al emitir");
        assertThat(item.categoryId()).isEqualTo(102L);
        assertThat(item.order()).isEqualTo(2);
        assertThat(item.requestId()).isEqualTo(draft.id());
        assertThatThrownBy(() -> new RequestItem(draft, category, "   ", List.of(), 3))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(ProblemType.VALIDATION));
    }
}
