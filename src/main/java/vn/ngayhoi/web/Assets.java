package vn.ngayhoi.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.files.Hashes;

/**
 * Versions of our own static files for their links ({@code /css/app.css?v=…}), from a hash of their
 * bytes, so browsers may keep them for a year and still fetch a changed file at once. Exposed to
 * templates as {@code @assets}. Only these links are versioned: passing every page link through
 * Spring's resource chain searched the jars for each one and cost most of a page's time.
 */
@Component("assets")
public class Assets {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    /** The first 12 hex digits of the SHA-256 of {@code static/<path>}. */
    public String version(String path) {
        return versions.computeIfAbsent(path, p -> {
            try (InputStream in = new ClassPathResource("static" + p).getInputStream()) {
                return Hashes.sha256(in.readAllBytes()).substring(0, 12);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
