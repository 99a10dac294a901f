package io.andes.store.api;

import io.andes.core.api.TenantSummary;
import java.time.LocalDate;

/** A renewal claimed by a batch: whose it is, today's date in its time zone, and what it charges. */
public record ClaimedRenewal(TenantSummary tenant, LocalDate today, Renewal renewal) {}
