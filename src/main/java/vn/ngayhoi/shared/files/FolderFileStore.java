package vn.ngayhoi.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The default store: a folder (the data directory's {@code files/}), one file per name under two
 * levels of two-digit folders ({@code ab/cd/abcd…}) so no folder holds millions of entries. A file
 * is written under a temporary name, flushed to disk and then renamed, so a crash never leaves a
 * half-written file under a real name; several instances may share the folder (a network mount).
 */
public final class FolderFileStore implements FileStore {

    private final Path root;

    public FolderFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public String put(byte[] content) {
        String name = Hashes.sha256(content);
        Path target = path(name);
        if (Files.isRegularFile(target)) {
            return name;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
            try {
                try (var channel = java.nio.channels.FileChannel.open(
                        temp,
                        java.nio.file.StandardOpenOption.WRITE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    var buffer = java.nio.ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store file " + name + " in " + root, e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another writer stored the same bytes first: the same name holds the same content
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public byte[] get(String name) {
        try {
            return FileStore.verified(name, Files.readAllBytes(path(name)));
        } catch (NoSuchFileException e) {
            throw new MissingFileException(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(path(name));
    }

    @Override
    public Stream<String> names() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root, 3)
                    .filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> NAME.matcher(n).matches());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String name) {
        FileStore.checkName(name);
        return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
    }
}
