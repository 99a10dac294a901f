package io.andes.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser login through the identity provider's realm (authorization-code flow), configured from the environment. The
 * callback lands on {@code /Callback}, which sends the user to their home: returning to the original resource breaks
 * Faces on Payara (DESIGN.md). Tokens are refreshed in the background, so a session outlives the short access token.
 */
@Named("oidcSettings")
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.issuer}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        tokenAutoRefresh = true,
        jwksConnectTimeout = 3000,
        jwksReadTimeout = 5000)
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "andes.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "andes.oidc.client-id", defaultValue = "andes-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "andes.oidc.client-secret")
    String clientSecret;

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Where the identity provider ends its own session (RP-initiated logout). */
    public String endSessionEndpoint() {
        return issuer + "/protocol/openid-connect/logout";
    }
}
