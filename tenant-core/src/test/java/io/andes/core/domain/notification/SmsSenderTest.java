package io.andes.core.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmsSenderTest {

    private record Named(String id) implements SmsSender {
        @Override
        public void send(PhoneNumber to, String text) {}
    }

    private final List<Named> available = List.of(new Named("log"), new Named("http"));

    @Test
    void choosesTheProviderByItsStableId() {
        assertThat(SmsSender.choose(available, "http").id()).isEqualTo("http");
        assertThat(SmsSender.choose(available, "log").id()).isEqualTo("log");
    }

    @Test
    void anUnknownProviderNamesTheSettingAndTheKnownOnes() {
        assertThatThrownBy(() -> SmsSender.choose(available, "twilio"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("andes.sms.provider=twilio")
                .hasMessageContaining("[http, log]");
    }
}
