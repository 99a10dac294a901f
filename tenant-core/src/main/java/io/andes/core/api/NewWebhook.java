package io.andes.core.api;

/** A webhook endpoint just created, with its signing secret: the only time the secret is shown. */
public record NewWebhook(WebhookView endpoint, String secret) {}
