package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.shared.security.Role;

/** Every visible string comes from the message bundles, and both languages have every key. */
class MessagesAndTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
    private static final Pattern KEY_IN_JAVA = Pattern.compile(
            "\"((?:orgunit|account|error|home|nav|role|login|layout|form|audit|action|plan|campaign|task|notification|festival|evidence|report|forum|input|token|commendation|budget)\\.[\\w.]+)\"");
    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\s(?:placeholder|title|alt|aria-label)=\"([^\"]*)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vi = load("messages_vi.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(vi)).as("keys missing in English").containsAll(en);
        assertThat(new TreeSet<>(en)).as("keys missing in Vietnamese").containsAll(vi);
    }

    /** A key written twice: the later value silently wins, so one of the two places shows the wrong text. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : List.of("messages_vi.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0
                        && !line.startsWith("#")
                        && !seen.add(line.substring(0, eq).strip())) {
                    twice.add(line.substring(0, eq).strip());
                }
            }
            assertThat(twice).as(name).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> vi = load("messages_vi.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(file));
            while (m.find()) {
                if (!vi.contains(m.group(1))) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        for (Path file : files(JAVA, ".java")) {
            Matcher m = KEY_IN_JAVA.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                if (!key.endsWith(".") && !vi.contains(key)) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        for (Role role : Role.values()) {
            if (!vi.contains(role.messageKey())) {
                missing.add(role.messageKey());
            }
            if (!vi.contains("home.empty." + role.name())) {
                missing.add("home.empty." + role.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        assertThat(files(TEMPLATES, ".html")).hasSizeGreaterThan(10);
        for (Path file : files(TEMPLATES, ".html")) {
            String html = Files.readString(file, StandardCharsets.UTF_8)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "");
            Matcher attributes = VISIBLE_ATTRIBUTE.matcher(html);
            while (attributes.find()) {
                if (attributes.group(1).codePoints().anyMatch(Character::isLetter)) {
                    offences.add(file.getFileName() + ": attribute \"" + attributes.group(1) + "\"");
                }
            }
            String text = html.replaceAll("(?s)<[^>]*>", "\n").replaceAll("&[a-zA-Z#0-9]+;", " ");
            for (String chunk : text.split("\n")) {
                if (chunk.strip().codePoints().anyMatch(Character::isLetter)) {
                    offences.add(file.getFileName() + ": text \"" + chunk.strip() + "\"");
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckCatchesHardCodedText() {
        String sample = "<p>Xin chào</p>".replaceAll("(?s)<[^>]*>", "\n");
        assertThat(sample.lines().anyMatch(l -> l.codePoints().anyMatch(Character::isLetter)))
                .isTrue();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesAndTemplatesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
