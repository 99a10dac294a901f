package io.andes.core.security;

import io.andes.core.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Validates bearer access tokens of the identity provider's realm: RS256 signature against the realm's JWKS (fetched
 * and cached, refreshed when an unknown key id shows up), issuer, audience, expiry. Roles come from the {@code groups}
 * claim and the tenant only from the {@code tenant} claim.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    private static final int CLOCK_SKEW_SECONDS = 30;
    private static final int CACHE_LIMIT = 10_000;
    private static final long CACHE_MILLIS = 5 * 60 * 1000;

    private final Map<String, VerifiedToken> verified = new ConcurrentHashMap<>();

    /** The realm's keys; by default the Keycloak certificate endpoint of the issuer. */
    @Inject
    @ConfigProperty(name = "andes.auth.jwks-uri")
    Optional<String> jwksUri;

    @Inject
    @ConfigProperty(name = "andes.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "andes.auth.audience", defaultValue = "andes-api")
    String audience;

    @Inject
    Clock clock;

    private HttpsJwksVerificationKeyResolver keys;

    @PostConstruct
    void fetchKeysLazily() {
        HttpsJwks jwks =
                new HttpsJwks(jwksUri.filter(uri -> !uri.isBlank()).orElse(issuer + "/protocol/openid-connect/certs"));
        jwks.setDefaultCacheDuration(600);
        keys = new HttpsJwksVerificationKeyResolver(jwks);
    }

    /**
     * The caller described by the token, or the reason it is refused. A token already verified is answered from a
     * small cache until it expires (at most five minutes), sparing the signature check on every call of a client.
     */
    public CurrentUser verify(String token, String address) throws InvalidTokenException {
        long now = clock.millis();
        VerifiedToken known = verified.get(token);
        if (known != null && known.validUntil > now) {
            return known.user.from(address);
        }
        VerifiedToken parsed = parse(token, address, now);
        if (verified.size() >= CACHE_LIMIT) {
            verified.clear();
        }
        verified.put(token, parsed);
        return parsed.user;
    }

    private VerifiedToken parse(String token, String address, long now) throws InvalidTokenException {
        JwtClaims claims = validClaims(token);
        try {
            Set<String> roles = new HashSet<>(stringList(claims, "groups"));
            Optional<TenantId> tenant = tenant(claims);
            String username = Optional.ofNullable(claims.getStringClaimValue("preferred_username"))
                    .orElse(claims.getSubject());
            long validUntil = Math.min(claims.getExpirationTime().getValueInMillis(), now + CACHE_MILLIS);
            return new VerifiedToken(
                    new CurrentUser(claims.getSubject(), username, tenant.orElse(null), roles, address), validUntil);
        } catch (MalformedClaimException e) {
            throw new InvalidTokenException("The token has a malformed claim", e);
        }
    }

    private record VerifiedToken(CurrentUser user, long validUntil) {}

    private JwtClaims validClaims(String token) throws InvalidTokenException {
        try {
            return consumer().processToClaims(token);
        } catch (InvalidJwtException e) {
            throw new InvalidTokenException(reason(e), e);
        }
    }

    private JwtConsumer consumer() {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setVerificationKeyResolver(keys)
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    private static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "The token has expired";
        }
        if (e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.SIGNATURE_INVALID)
                || e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.SIGNATURE_MISSING)) {
            return "The token signature is not valid";
        }
        if (e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.AUDIENCE_INVALID)
                || e.hasErrorCode(org.jose4j.jwt.consumer.ErrorCodes.ISSUER_INVALID)) {
            return "The token was not issued for this platform";
        }
        return "The token is not valid";
    }

    private static Optional<TenantId> tenant(JwtClaims claims) throws InvalidTokenException, MalformedClaimException {
        Object raw = claims.getClaimValue("tenant");
        if (raw == null) {
            return Optional.empty();
        }
        if (!(raw instanceof String code) || !TenantId.isValid(code)) {
            throw new InvalidTokenException("The token's tenant claim is not a tenant code");
        }
        return Optional.of(new TenantId(code));
    }

    private static List<String> stringList(JwtClaims claims, String name) throws MalformedClaimException {
        return claims.hasClaim(name) ? claims.getStringListClaimValue(name) : List.of();
    }
}
