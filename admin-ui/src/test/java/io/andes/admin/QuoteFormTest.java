package io.andes.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteFormTest {

    @Test
    void startsWithOneLineAndGrowsToTheQuotesLimit() {
        QuoteForm form = new QuoteForm();
        assertThat(form.getLines()).hasSize(1);
        for (int i = 0; i < 30; i++) {
            form.add();
        }
        assertThat(form.getLines()).hasSize(QuoteForm.MAX_LINES);
        assertThat(form.isFull()).isTrue();
    }

    @Test
    void removingTheLastLineLeavesAnEmptyOne() {
        QuoteForm form = new QuoteForm();
        form.getLines().get(0).setProduct("USERS");
        form.remove(form.getLines().get(0));
        assertThat(form.getLines()).hasSize(1);
        assertThat(form.getLines().get(0).getProduct()).isNull();
    }

    @Test
    void theDraftLeavesOutLinesWithoutAProduct() {
        QuoteForm form = new QuoteForm();
        form.getLines().get(0).setProduct("USERS");
        form.getLines().get(0).setQuantity(5);
        form.add();
        form.add();
        form.getLines().get(2).setProduct("WORKERS");
        assertThat(form.draft().lines())
                .extracting(l -> l.quantity() + " " + l.product())
                .containsExactly("5 USERS", "0 WORKERS");
    }
}
