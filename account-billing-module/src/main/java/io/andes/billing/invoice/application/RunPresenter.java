package io.andes.billing.invoice.application;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.domain.RenewalRun;

final class RunPresenter {

    private RunPresenter() {}

    static BillingViews.Run view(RenewalRun run) {
        return new BillingViews.Run(
                run.id(),
                run.startedAt(),
                run.finishedAt(),
                run.startedBy(),
                run.candidates(),
                run.invoiced(),
                run.skipped(),
                run.failed(),
                run.failures());
    }
}
