package io.andes.core.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"ana@empresa.cl", "ana.maria+soporte@sub.empresa.com.co", "j_o'neil@ferreteria-norte.mx"})
    void acceptsUsualAddresses(String text) {
        assertThat(new EmailAddress(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Ana@Empresa.CL ", "ANA@EMPRESA.CL"})
    void normalisesCaseAndSpaces(String text) {
        assertThat(new EmailAddress(text).value()).isEqualTo("ana@empresa.cl");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "ana",
                "ana@",
                "@empresa.cl",
                "ana@empresa",
                "ana@@empresa.cl",
                "ana maria@empresa.cl",
                "ana@empresa..cl",
                "ana@-empresa.cl",
                ".ana@empresa.cl",
                "ana\u0000@empresa.cl"
            })
    void refusesWhatIsNotAnAddress(String text) {
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void refusesAddressesLongerThan254Characters() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "cl";
        assertThatThrownBy(() -> new EmailAddress(local + "@" + domain)).isInstanceOf(IllegalArgumentException.class);
    }
}
