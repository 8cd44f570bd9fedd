package vn.ngayhoi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default store: content-addressed, idempotent, and it notices a damaged or missing file. */
class FolderFileStoreTests {

    @TempDir
    Path dir;

    @Test
    void aFileIsNamedByItsHashStoredOnceAndReadBack() throws Exception {
        FolderFileStore store = new FolderFileStore(dir);
        byte[] content = "Biên bản Ngày hội".getBytes(StandardCharsets.UTF_8);

        String name = store.put(content);
        String again = store.put(new java.io.ByteArrayInputStream(content));

        assertThat(name).isEqualTo(Hashes.sha256(content)).isEqualTo(again);
        assertThat(store.exists(name)).isTrue();
        assertThat(store.get(name)).isEqualTo(content);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList())
                    .as("one file, no temporary left behind")
                    .containsExactly(dir.resolve(name.substring(0, 2))
                            .resolve(name.substring(2, 4))
                            .resolve(name));
        }
        try (Stream<String> names = store.names()) {
            assertThat(names.toList()).containsExactly(name);
        }
    }

    @Test
    void aDamagedOrMissingFileIsNoticedAndNamesCannotBePaths() throws Exception {
        FolderFileStore store = new FolderFileStore(dir);
        String name = store.put(new byte[] {1, 2, 3});
        Path file =
                dir.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
        Files.write(file, new byte[] {1, 2, 4});

        assertThatThrownBy(() -> store.get(name))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(name);
        String absent = Hashes.sha256(new byte[] {9});
        assertThat(store.exists(absent)).isFalse();
        assertThatThrownBy(() -> store.get(absent)).isInstanceOf(FileStore.MissingFileException.class);
        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists(name.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
    }
}
