package vn.ngayhoi.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deque's axe-core run on the page the browser shows. Contrast is what the tests insist on; every
 * other finding is written under target/axe for people to read, so it is seen without failing a
 * build over a rule nobody has decided on yet.
 */
public final class Axe {

    private Axe() {}

    /** The violations on the current page; the full list goes to target/axe/{name}.txt. */
    public static List<Rule> violations(Browser browser, String name) {
        Results results = new AxeBuilder().analyze(browser.driver());
        if (results.isErrored()) {
            throw new AssertionError("axe-core failed on " + name + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        try {
            Path dir = Files.createDirectories(Path.of("target", "axe"));
            Files.writeString(dir.resolve(name + ".txt"), describe(violations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    /** One line per rule and node: id, impact, the element and what axe says about it. */
    public static String describe(List<Rule> violations) {
        return violations.stream()
                .flatMap(r -> r.getNodes().stream()
                        .map(n -> r.getId() + " [" + r.getImpact() + "] " + n.getTarget() + " " + n.getHtml() + " — "
                                + n.getFailureSummary()))
                .collect(Collectors.joining("\n"));
    }
}
