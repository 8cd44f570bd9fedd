package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;

/**
 * The lists of plans, tasks, festivals and reports on the demo 2022 campaign: what needs someone's
 * action comes first, the status filter keeps only that status, the name filter ignores accents,
 * and the query parameters the dashboards link with still work.
 */
@IntegrationTest
class StatusListsIntegrationTests {

    /** The order each list promises, most urgent first. */
    static final List<String> REPORT_ORDER = List.of("SUBMITTED", "RETURNED", "DRAFT", "ACCEPTED");

    static final List<String> TASK_ORDER = List.of("OVERDUE", "RETURNED", "IN_PROGRESS|NOT_STARTED", "DONE");
    static final List<String> FESTIVAL_ORDER =
            List.of("AWAITING_RESULTS", "PLANNED", "POSTPONED", "REGISTERED", "HELD", "CANCELLED");
    static final List<String> PLAN_ORDER = List.of("SUBMITTED", "RETURNED", "APPROVED", "DRAFT", "ISSUED");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long campaign;
    PageClient office;

    @BeforeEach
    void setUp() {
        campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        office = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
    }

    @Test
    void reportsPutThoseWaitingForReviewFirstAndFilterByStatusAndName() {
        List<String> all = statuses(page("/reports?campaign=" + campaign), "report-list", "report-status status-");
        assertThat(all).as("the demo has reports waiting and reports accepted").contains("SUBMITTED", "ACCEPTED");
        assertInOrder(all, REPORT_ORDER);

        String submitted = page("/reports?campaign=" + campaign + "&status=SUBMITTED");
        assertThat(statuses(submitted, "report-list", "report-status status-"))
                .isNotEmpty()
                .containsOnly("SUBMITTED")
                .hasSize(frequency(all, "SUBMITTED"));
        assertThat(submitted).contains("name=\"status\"").contains("value=\"SUBMITTED\" selected");

        String sonHa = page("/reports?campaign=" + campaign + "&q=" + encode("son ha"));
        assertThat(codes(sonHa, "report-list", "data-code"))
                .isNotEmpty()
                .allSatisfy(code -> assertThat(unitName(code)).contains("Sơn Hà"));
        assertThat(sonHa).contains("Sơn Hà").doesNotContain("Mường Mìn</a>");
        // The campaign travels in a hidden field, so filtering keeps the campaign on screen.
        assertThat(sonHa).containsPattern("type=\"hidden\" name=\"campaign\" value=\"" + campaign + "\"");
    }

    @Test
    void tasksPutOverdueAndReturnedFirstAndFilterByName() {
        List<String> all = statuses(page("/tasks"), "tasks", "task-state state-");
        assertThat(all).as("the demo has overdue tasks").contains("OVERDUE");
        assertInOrder(all, TASK_ORDER);

        assertThat(statuses(page("/tasks?status=OVERDUE"), "tasks", "task-state state-"))
                .isNotEmpty()
                .containsOnly("OVERDUE");
        String sonHa = page("/tasks?q=" + encode("SON HA"));
        List<String> ids = codes(sonHa, "tasks", "data-task");
        assertThat(ids).isNotEmpty();
        for (String id : ids) {
            assertThat(jdbc.sql("select o.name from task t join org_unit o on o.id = t.unit_id where t.id = ?")
                            .param(Long.parseLong(id))
                            .query(String.class)
                            .single())
                    .contains("Sơn Hà");
        }
    }

    @Test
    void festivalsPutAwaitingResultsFirstAndFindSonHaWithoutAccents() {
        String all = page("/festivals");
        List<String> states = statuses(all, "festivals", "festival-state fest-");
        assertThat(states).isNotEmpty();
        assertInOrder(states, FESTIVAL_ORDER);

        String sonHa = page("/festivals?q=" + encode("son ha"));
        List<String> units = codes(sonHa, "festivals", "data-unit");
        assertThat(units)
                .isNotEmpty()
                .allSatisfy(code -> assertThat(unitName(code)).contains("Sơn Hà"));
        assertThat(codes(all, "festivals", "data-unit")).hasSizeGreaterThan(units.size());

        // The dashboard's links carry campaign, unit and status; they still filter, and the name
        // filter adds to them.
        String status = states.get(states.size() - 1);
        String linked = page("/festivals?campaign=" + campaign + "&unit=387&status=" + status);
        assertThat(statuses(linked, "festivals", "festival-state fest-"))
                .isNotEmpty()
                .containsOnly(status);
        assertThat(linked).containsPattern("type=\"hidden\" name=\"unit\" value=\"387\"");
        assertThat(statuses(
                        page("/festivals?campaign=" + campaign + "&unit=387&status=" + status + "&q=khong-co-ten-nay"),
                        "festivals",
                        "festival-state fest-"))
                .isEmpty();
    }

    @Test
    void plansPutThoseWaitingForADecisionFirstAndFilterByStatus() {
        String all = page("/plans?campaign=" + campaign);
        List<String> states = statuses(all, "plans", "badge status status-");
        assertThat(states).isNotEmpty();
        assertInOrder(states, PLAN_ORDER);
        assertThat(statuses(page("/plans?campaign=" + campaign + "&status=ISSUED"), "plans", "badge status status-"))
                .isNotEmpty()
                .containsOnly("ISSUED");
        String sonHa = page("/plans?campaign=" + campaign + "&q=" + encode("sơn hà"));
        assertThat(codes(sonHa, "plans", "data-plan")).isNotEmpty();
        assertThat(section(sonHa, "plans")).contains("Sơn Hà").doesNotContain("Mường Mìn");
    }

    private String page(String path) {
        PageClient.Page p = office.get(path);
        assertThat(p.status()).as(path).isEqualTo(200);
        return p.body();
    }

    private String unitName(String code) {
        return jdbc.sql("select name from org_unit where code = ? order by id limit 1")
                .param(code)
                .query(String.class)
                .single();
    }

    /** The status words of one list (the element with that id), in page order. */
    private static List<String> statuses(String html, String listId, String classPrefix) {
        return find(section(html, listId), Pattern.quote(classPrefix) + "(\\w+)");
    }

    private static List<String> codes(String html, String listId, String attribute) {
        return find(section(html, listId), attribute + "=\"([^\"]+)\"");
    }

    /** From the list's opening tag to the end of the next list-sized block (its closing tag). */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("list #" + id).isPositive();
        int end = html.indexOf("</section>", start);
        String rest = html.substring(start, end < 0 ? html.length() : end);
        // The list ends at the first heading after it (plans and tasks are followed by other lists).
        int next = rest.indexOf("<h2");
        return next < 0 ? rest : rest.substring(0, next);
    }

    private static List<String> find(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void assertInOrder(List<String> statuses, List<String> order) {
        List<Integer> ranks = new ArrayList<>();
        for (String s : statuses) {
            int rank = -1;
            for (int i = 0; i < order.size(); i++) {
                if (List.of(order.get(i).split("\\|")).contains(s)) {
                    rank = i;
                }
            }
            assertThat(rank).as("status " + s + " has a place in the order").isNotNegative();
            ranks.add(rank);
        }
        assertThat(ranks).as("ranks of " + statuses).isSorted();
    }

    private static int frequency(List<String> list, String value) {
        return (int) list.stream().filter(value::equals).count();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
