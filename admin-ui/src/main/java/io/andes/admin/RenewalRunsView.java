package io.andes.admin;

import io.andes.billing.invoice.api.BillingViews;
import io.andes.billing.invoice.application.RenewalRunQueries;
import io.andes.billing.invoice.application.RenewalRunner;
import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.security.CurrentUser;
import io.andes.core.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * "Renovaciones", the renewal-run monitor: the last run with its counts and failures, every run before it, and the
 * button that runs the renewals now (safe beside a scheduled run: the runners share the work).
 */
@Named("renewalRunsView")
@ViewScoped
public class RenewalRunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RenewalRunQueries runs;

    @Inject
    RenewalRunner runner;

    @Inject
    CurrentUser user;

    @Inject
    VendorTime time;

    @Inject
    ConsoleMessages messages;

    private transient PagedModel<BillingViews.Run> model;
    private transient BillingViews.Run last;

    public PagedModel<BillingViews.Run> getModel() {
        if (model == null) {
            model = new PagedModel<>(this::page, BillingViews.Run::id);
        }
        return model;
    }

    private Page<BillingViews.Run> page(PageRequest request) {
        return runs.list(request);
    }

    /** The newest run, or null before the first. */
    public BillingViews.Run getLast() {
        if (last == null) {
            List<BillingViews.Run> newest = runs.list(new PageRequest(0, 1)).items();
            last = newest.isEmpty() ? null : newest.get(0);
        }
        return last;
    }

    public void runNow() {
        BillingViews.Run run = runner.run(user.auditName());
        messages.info("renewals.ran", run.candidates(), run.invoiced(), run.skipped(), run.failed());
        last = null;
        model = null;
    }

    public String dateTime(Instant instant) {
        return time.dateTime(instant);
    }
}
