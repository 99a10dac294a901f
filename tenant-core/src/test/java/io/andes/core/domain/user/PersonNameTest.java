package io.andes.core.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void keepsAccentsAndTrims() {
        PersonName name = new PersonName("  María José ", " Núñez ");
        assertThat(name.first()).isEqualTo("María José");
        assertThat(name.last()).isEqualTo("Núñez");
    }

    @Test
    void refusesBlankOrMissingParts() {
        assertThatThrownBy(() -> new PersonName(" ", "Soto")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonName("Ana", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesOverlongOrControlCharacters() {
        assertThatThrownBy(() -> new PersonName("a".repeat(101), "Soto")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonName("Ana\tMaría", "Soto")).isInstanceOf(IllegalArgumentException.class);
    }
}
