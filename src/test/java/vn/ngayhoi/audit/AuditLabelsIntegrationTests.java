package vn.ngayhoi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.plan.PlanStatus;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;

/** The trail reads in Vietnamese: every action code has a label, and people appear by name. */
@IntegrationTest
class AuditLabelsIntegrationTests {

    private static final Pattern ACTION_BODY =
            Pattern.compile("String action\\(\\)\\s*\\{(.*?)\\n\\s*}", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z_]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @Test
    void everyActionCodeHasALabelInBothLanguages() throws IOException {
        Set<String> codes = new TreeSet<>(trail.actions());
        codes.addAll(codesInSource());
        assertThat(codes).contains("PLAN_ISSUED", "REPORT_ACCEPTED", "FESTIVAL_AWAITING_RESULTS", "LOGIN_FAILED");
        for (String locale : List.of("vi", "en")) {
            Properties messages = load("messages_" + locale + ".properties");
            List<String> missing = new ArrayList<>();
            for (String code : codes) {
                if (messages.getProperty("audit.action." + code) == null) {
                    missing.add(code);
                }
            }
            assertThat(missing).as("action codes without a label in " + locale).isEmpty();
        }
    }

    @Test
    void thePageShowsVietnameseActionsAndFullNames() {
        PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
        String fullName = jdbc.sql("select full_name from app_user where username = 'thuongtruc'")
                .query(String.class)
                .single();
        PageClient admin = PageClient.signedIn(port, "admin", "Admin-Test-Password-1");

        String logins = admin.get("/admin/audit?action=LOGIN_SUCCEEDED&actor=thuongtruc")
                .body();
        assertThat(logins).contains(">Đăng nhập</td>").contains(fullName + " (thuongtruc)");
        assertThat(logins).doesNotContain(">LOGIN_SUCCEEDED<");

        String issued = admin.get("/admin/audit?action=PLAN_ISSUED").body();
        assertThat(issued).contains(">Ban hành kế hoạch</td>").doesNotContain(">PLAN_ISSUED<");
        // The filter offers the same words, keeping the code as the value sent.
        assertThat(issued).contains("value=\"PLAN_ISSUED\" selected=\"selected\">Ban hành kế hoạch</option>");
    }

    /** Every code an event's action() can return: its literals, and a prefix with each status. */
    private static Set<String> codesInSource() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher body = ACTION_BODY.matcher(Files.readString(file));
                while (body.find()) {
                    Matcher code = CODE.matcher(body.group(1));
                    while (code.find()) {
                        String c = code.group(1);
                        if (c.endsWith("_")) {
                            codes.addAll(expand(c, file));
                        } else {
                            codes.add(c);
                        }
                    }
                }
            }
        }
        return codes;
    }

    private static List<String> expand(String prefix, Path file) {
        List<String> out = new ArrayList<>();
        switch (prefix) {
            case "PLAN_" -> Stream.of(PlanStatus.values()).forEach(s -> out.add(prefix + s.name()));
            case "FESTIVAL_" -> Stream.of(FestivalStatus.values()).forEach(s -> out.add(prefix + s.name()));
            // the sign-off's steps (SignOffs.move); issuing is DOCUMENT_ISSUED, a literal
            case "DOCUMENT_" -> Stream.of("SUBMITTED", "APPROVED", "RETURNED").forEach(s -> out.add(prefix + s));
            // the budget's hand-offs (BudgetEvents.EstimateHandedOff)
            case "BUDGET_" ->
                Stream.of(vn.ngayhoi.budget.EstimateStatus.values()).forEach(s -> out.add(prefix + s.name()));
            case "REPORT_" ->
                Stream.of("SUBMITTED", "RECALLED", "RETURNED", "ACCEPTED").forEach(s -> out.add(prefix + s));
            default ->
                throw new AssertionError("an action code built from " + prefix + " in " + file
                        + ": say in this test which codes it makes");
        }
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditLabelsIntegrationTests.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
