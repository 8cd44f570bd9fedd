package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one way a page reads the messages of a refused form ({@code Problems.show}): {@code
 * errors.get('field')}. SpEL's property form {@code errors.field} throws when the map has no such key,
 * so a form refused for another field failed with a 500 instead of being shown again.
 */
class FormErrorTemplatesTests {

    private static final Pattern PROPERTY = Pattern.compile("errors\\??\\.(?!get\\(|containsKey\\()\\w+");

    @Test
    void templatesReadFieldErrorsByKeyNeverAsProperties() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = PROPERTY.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(PROPERTY.matcher("${errors?.password != null}").find()).isTrue();
        assertThat(PROPERTY.matcher("${errors.venue}").find()).isTrue();
        assertThat(PROPERTY.matcher("${errors?.get('venue')}").find()).isFalse();
    }
}
