package io.andes.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackServletTest {

    @Test
    void returnsOnlyToPagesOfThisApplication() {
        assertThat(CallbackServlet.isLocal("/portal/cuenta.xhtml", "")).isTrue();
        assertThat(CallbackServlet.isLocal("/admin/tenant.xhtml?code=cafe-montana", ""))
                .isTrue();
        assertThat(CallbackServlet.isLocal("/andes/portal/", "/andes")).isTrue();

        assertThat(CallbackServlet.isLocal("//evil.example/portal/", "")).isFalse();
        assertThat(CallbackServlet.isLocal("/\\evil.example", "")).isFalse();
        assertThat(CallbackServlet.isLocal("https://evil.example/", "")).isFalse();
        assertThat(CallbackServlet.isLocal("/other/portal/", "/andes")).isFalse();
        assertThat(CallbackServlet.isLocal("/Callback?code=x", "")).isFalse();
    }
}
