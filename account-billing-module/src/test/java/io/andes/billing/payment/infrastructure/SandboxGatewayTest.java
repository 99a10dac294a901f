package io.andes.billing.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.billing.payment.domain.PaymentGateway;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxGatewayTest {

    private final SandboxGateway sandbox = new SandboxGateway();

    private static PaymentGateway.Refund refund(String key) {
        return new PaymentGateway.Refund("sbx_pi_1", 1190, "CLP", Map.of("tenant", "sur"), key);
    }

    @Test
    void aRefundRetriedUnderItsKeyIsTheSameRefund() {
        String first = sandbox.refund(refund("andes-refund-r1"));

        assertThat(first).startsWith("sbx_re_");
        assertThat(sandbox.refund(refund("andes-refund-r1"))).isEqualTo(first);
        assertThat(new SandboxGateway().refund(refund("andes-refund-r1")))
                .as("after a restart too")
                .isEqualTo(first);
        assertThat(sandbox.refund(refund("andes-refund-r2"))).isNotEqualTo(first);
    }
}
