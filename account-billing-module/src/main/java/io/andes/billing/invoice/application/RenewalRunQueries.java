package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.RenewalRunRepository;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The renewal-run monitor: the runs, newest first, with their counts and failures. */
@ApplicationScoped
public class RenewalRunQueries {

    @Inject
    RenewalRunRepository runs;

    @Transactional
    public Page<BillingViews.Run> list(PageRequest page) {
        return new Page<>(
                runs.list(page.offset(), page.size()).stream()
                        .map(RunPresenter::view)
                        .toList(),
                page.page(),
                page.size(),
                runs.count());
    }
}
