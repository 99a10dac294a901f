package io.andes.core.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Andes-Signature} header, in the manner of Stripe's: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body" with the endpoint's secret>}. The timestamp is signed too, so a receiver that also rejects old timestamps
 * cannot be fooled by a replayed delivery. Receivers verify with {@link #verify}'s rule.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Andes-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new endpoint secret: 32 random bytes, hex, with a recognisable prefix. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    public static String header(String secret, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
    }

    /** Whether {@code header} signs {@code body} with {@code secret} at a time within {@code tolerance} of now. */
    public static boolean verify(String header, String secret, String body, Instant now, Duration tolerance) {
        Long t = null;
        String v1 = null;
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                t = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        boolean fresh = Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(tolerance) <= 0;
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        return fresh && MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
