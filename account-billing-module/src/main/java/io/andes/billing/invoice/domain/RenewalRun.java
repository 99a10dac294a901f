package io.andes.billing.invoice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of the renewal job, scheduled or started by staff, for the monitor: when it started and finished, how many
 * subscriptions it found due, invoiced, left to another runner (skipped) or failed on, and why they failed. A run
 * that never finished (the instance died) shows no end; what it committed stays done and the rest waits for the next.
 */
@Entity
@Table(name = "renewal_run")
public class RenewalRun {

    private static final int FAILURES_LIMIT = 20_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Column(name = "candidates", nullable = false)
    private int candidates;

    @Column(name = "invoiced", nullable = false)
    private int invoiced;

    @Column(name = "skipped", nullable = false)
    private int skipped;

    @Column(name = "failed", nullable = false)
    private int failed;

    @Column(name = "failures")
    private String failures;

    protected RenewalRun() {}

    public RenewalRun(String startedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /** Records the outcome; {@code failures} one line per failed subscription. */
    public void finish(int candidates, int invoiced, int skipped, int failed, String failures, Instant now) {
        this.candidates = candidates;
        this.invoiced = invoiced;
        this.skipped = skipped;
        this.failed = failed;
        this.failures = failures == null || failures.isEmpty()
                ? null
                : failures.substring(0, Math.min(failures.length(), FAILURES_LIMIT));
        this.finishedAt = now;
    }

    public String id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public int candidates() {
        return candidates;
    }

    public int invoiced() {
        return invoiced;
    }

    public int skipped() {
        return skipped;
    }

    public int failed() {
        return failed;
    }

    public String failures() {
        return failures;
    }
}
