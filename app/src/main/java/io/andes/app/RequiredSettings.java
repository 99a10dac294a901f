package io.andes.app;

import java.util.List;
import org.eclipse.microprofile.config.Config;

/** The settings without which the platform must not start; a missing one is named with its environment variable. */
final class RequiredSettings {

    static final List<String> KEYS = List.of(
            "andes.db.url",
            "andes.db.user",
            "andes.db.password",
            "andes.oidc.issuer",
            "andes.oidc.client-secret",
            "andes.keycloak.admin-client-secret");

    private RequiredSettings() {}

    static void check(Config config) {
        List<String> missing = KEYS.stream()
                .filter(key -> config.getOptionalValue(key, String.class).isEmpty())
                .map(key -> key + " (" + key.toUpperCase().replaceAll("[^A-Z0-9]", "_") + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Andes cannot start; missing settings: " + String.join(", ", missing));
        }
    }
}
