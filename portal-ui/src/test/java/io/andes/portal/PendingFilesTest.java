package io.andes.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingFilesTest {

    @Test
    void filesAreKeptInOrderUntilCleared() {
        PendingFiles files = new PendingFiles();
        files.add("a.png", new byte[] {1});
        files.add("b.pdf", null);

        assertThat(files.getNames()).containsExactly("a.png", "b.pdf");
        assertThat(files.toUploads().get(1).bytes()).isEmpty();

        files.clear();
        assertThat(files.isEmpty()).isTrue();
    }

    @Test
    void removingIgnoresAnIndexThatIsGone() {
        PendingFiles files = new PendingFiles();
        files.add("a.png", new byte[] {1});

        files.remove(3);
        files.remove(0);

        assertThat(files.getNames()).isEmpty();
    }
}
