package io.andes.core.api;

import java.time.Instant;
import java.util.List;

/** A webhook endpoint as its tenant sees it: never with its secret. */
public record WebhookView(String id, String url, List<String> events, boolean active, Instant createdAt) {}
