package io.andes.core.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryErrorsTest {

    @Test
    void namesTheFailureAndItsRootCauseOnOneLine() {
        Exception failure = new IOException(
                "Couldn't connect to host, port: 127.0.0.1, 2525; timeout 5000\n\tmore",
                new ConnectException("refused"));

        assertThat(DeliveryErrors.describe("SMTP", failure, Optional.empty()))
                .isEqualTo("SMTP: IOException: Couldn't connect to host, port: 127.0.0.1, 2525; timeout 5000"
                        + " (ConnectException: refused)");
    }

    @Test
    void blanksOutTheSecretIfAServerEchoedIt() {
        Exception failure = new IOException("535 bad credentials for user andes / s3cr3t-Pa55");

        String described = DeliveryErrors.describe("SMTP", failure, Optional.of("s3cr3t-Pa55"));

        assertThat(described).doesNotContain("s3cr3t-Pa55").contains("***");
    }

    @Test
    void staysShortAndCopesWithoutAMessage() {
        assertThat(DeliveryErrors.describe("SMS", new IOException("x".repeat(1000)), Optional.of("")))
                .hasSize(DeliveryErrors.LIMIT)
                .endsWith("…");
        assertThat(DeliveryErrors.describe("SMS", new IllegalStateException(), Optional.empty()))
                .isEqualTo("SMS: IllegalStateException");
    }
}
