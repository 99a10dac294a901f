package io.andes.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.api.OutgoingEmail;
import org.junit.jupiter.api.Test;

class TenantStatusNoticeTest {

    private static OutgoingEmail suspension(String legalName, String reason) {
        return TenantStatusNotice.SUSPENDED.to("jefa@sur.cl", "Javiera", legalName, reason, "soporte@andes.dev");
    }

    @Test
    void aSuspensionNoticeSaysWhoWhyWhatItMeansAndWhomToWrite() {
        OutgoingEmail mail = suspension("Inmobiliaria Sur SpA", "factura vencida");

        assertThat(mail.to()).isEqualTo("jefa@sur.cl");
        assertThat(mail.subject()).isEqualTo("Cuenta suspendida / Account suspended: Inmobiliaria Sur SpA");
        assertThat(mail.text())
                .startsWith("Hola Javiera:")
                .contains("La cuenta de Inmobiliaria Sur SpA en Andes fue suspendida.")
                .contains("Motivo: factura vencida")
                .contains("no pueden ingresar al portal")
                .contains("nada se borra")
                .contains("soporte@andes.dev")
                .contains("The Andes account of Inmobiliaria Sur SpA has been suspended.")
                .contains("Reason: factura vencida");
        assertThat(mail.text().indexOf("Hola")).isLessThan(mail.text().indexOf("The Andes account"));
    }

    @Test
    void aReactivationNoticeSaysUsersAreBack() {
        OutgoingEmail mail = TenantStatusNotice.REACTIVATED.to("jefa@sur.cl", "Javiera", "Sur SpA", "pagó", "s@a.dev");

        assertThat(mail.subject()).startsWith("Cuenta reactivada / Account reactivated");
        assertThat(mail.text())
                .contains("fue reactivada")
                .contains("ya pueden ingresar")
                .contains("again");
    }

    @Test
    void theHtmlAlternativeEscapesWhatPeopleTyped() {
        OutgoingEmail mail = suspension("A & B <SpA>", "\"deuda\" <script>alert(1)</script>");

        assertThat(mail.hasHtml()).isTrue();
        assertThat(mail.html())
                .contains("A &amp; B &lt;SpA&gt;")
                .contains("&quot;deuda&quot; &lt;script&gt;")
                .doesNotContain("<script>")
                .contains("<p lang=\"en\">");
    }

    @Test
    void aLongLegalNameStillMakesAValidSubject() {
        OutgoingEmail mail = suspension("N".repeat(200), "motivo");

        assertThat(mail.subject()).hasSize(NotificationInputs.SUBJECT_LIMIT).endsWith("…");
        assertThat(NotificationInputs.subject(mail.subject())).isEqualTo(mail.subject());
    }
}
