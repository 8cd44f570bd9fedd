package vn.ngayhoi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the bytes of evidence, attachments and issued documents live, out of the database (ADR 0031).
 * Content-addressed: a file's name is the SHA-256 of its bytes as 64 lower-case hex digits, so
 * storing the same bytes twice stores them once, a name never points at other bytes, and whoever
 * holds a name can check what it read. Tables keep only the name; every instance reads the same
 * store (a folder under the data directory by default, an S3-compatible bucket for deployments).
 */
public interface FileStore {

    /** A name this store gives: SHA-256 in lower-case hex. */
    Pattern NAME = Pattern.compile("[0-9a-f]{64}");

    /** Stores the bytes (once, whatever the number of calls) and returns their name. */
    String put(byte[] content);

    /** Stores what the stream holds and returns its name; the stream is read to its end, not closed. */
    default String put(InputStream content) {
        try {
            return put(content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes stored under a name, checked against it.
     *
     * @throws MissingFileException when the store holds nothing under that name
     * @throws IllegalStateException when what it holds does not hash to the name (a damaged store)
     */
    byte[] get(String name);

    /** Whether something is stored under the name. */
    boolean exists(String name);

    /** Every name the store holds (for backups), in no particular order; close the stream. */
    Stream<String> names();

    /** Refuses anything that is not a name this store could have given (no paths, no traversal). */
    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a SHA-256 file name: " + name);
        }
        return name;
    }

    /** Reads back what {@link #get} found and fails unless it hashes to its name. */
    static byte[] verified(String name, byte[] content) {
        String actual = Hashes.sha256(content);
        if (!actual.equals(name)) {
            throw new IllegalStateException("file " + name + " in the store hashes to " + actual);
        }
        return content;
    }

    /** Nothing is stored under a name a table refers to: the store is incomplete (a failed restore). */
    final class MissingFileException extends IllegalStateException {
        public MissingFileException(String name) {
            super("the file store holds no file " + name);
        }
    }
}
