package vn.ngayhoi.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.support.PageClient;

/**
 * Two instances of the built jar behind HAProxy on one PostgreSQL and one S3-compatible store (issue
 * 20, ADR 0033): people sign in through the balancer and go on on either instance; twenty công văn
 * đôn đốc are drafted, signed off and issued alternately through each instance and take consecutive
 * numbers; every issued file is read from both instances. Runs after {@code package} (failsafe), on a
 * new database with its own data ({@link ClusterSeed}), so it passes whatever ran before it.
 */
class TwoInstancesIT {

    static final Pattern NUMBER = Pattern.compile("Số: (\\d+)/BCĐ");

    static Cluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = Cluster.start(2);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void twentyLettersIssuedAlternatelyThroughBothInstancesTakeConsecutiveNumbersAndEveryFileIsReadFromBoth() {
        int lb = cluster.balancerPort;
        List<Integer> apps = cluster.appPorts;
        Browser office = signIn(lb, ClusterSeed.OFFICE);
        Browser head = signIn(lb, ClusterSeed.HEAD);

        // the balancer alternates, and a session made through it is known to both instances
        Set<String> servers = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            Browser.Answer home = office.get(lb, "/");
            assertThat(home.status()).isEqualTo(200);
            servers.add(home.servedBy());
        }
        assertThat(servers).containsExactlyInAnyOrder("app1", "app2");
        for (int port : apps) {
            assertThat(office.get(port, "/").status())
                    .as("signed in on " + port)
                    .isEqualTo(200);
        }

        long campaign = campaign(office, lb);
        List<Integer> numbers = new ArrayList<>();
        List<Long> letters = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int through = apps.get(i % 2);
            int other = apps.get((i + 1) % 2);
            Browser.Answer tasks = office.get(through, "/tasks");
            String draft = "/tasks/letters?campaign=" + campaign;
            Browser.Answer drafted = office.post(through, draft, PageClient.hiddenFields(tasks.text(), draft));
            assertThat(drafted.status()).isEqualTo(302);
            Matcher id = Pattern.compile("/tasks/letters/(\\d+)$").matcher(drafted.location());
            assertThat(id.find()).as(drafted.location()).isTrue();
            long letter = Long.parseLong(id.group(1));
            String page = "/tasks/letters/" + letter;
            // each step on the other instance than the one before
            step(office, other, page, page + "/submit");
            step(head, through, page, page + "/approve");
            Browser.Answer check = office.get(other, page + "/issue");
            assertThat(check.status()).isEqualTo(200);
            Map<String, String> issueForm = PageClient.hiddenFields(check.text(), page + "/issue");
            Matcher number = NUMBER.matcher(issueForm.get("numberLine"));
            assertThat(number.find()).as(issueForm.get("numberLine")).isTrue();
            Browser.Answer issued = office.post(through, page + "/issue", issueForm);
            assertThat(issued.location())
                    .as("issued, not sent back to the check page")
                    .endsWith(page);
            numbers.add(Integer.parseInt(number.group(1)));
            letters.add(letter);
        }
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("number of letter " + (i + 1)).isEqualTo(numbers.get(i - 1) + 1);
        }
        for (long letter : letters) {
            String hash = null;
            for (String ext : List.of(".pdf", ".docx")) {
                byte[] first = null;
                for (int port : apps) {
                    Browser.Answer file = office.get(port, "/tasks/letters/" + letter + ext);
                    assertThat(file.status()).as(letter + ext + " on " + port).isEqualTo(200);
                    assertThat(file.body()).isNotEmpty();
                    if (first == null) {
                        first = file.body();
                    } else {
                        assertThat(Hashes.sha256(file.body())).isEqualTo(Hashes.sha256(first));
                    }
                }
                hash = Hashes.sha256(first);
            }
            assertThat(hash).hasSize(64);
        }
    }

    private static Browser signIn(int port, String username) {
        Browser b = new Browser();
        Browser.Answer login = b.get(port, "/login");
        Browser.Answer done = b.post(
                port,
                "/login",
                Map.of("username", username, "password", ClusterSeed.PASSWORD, "_csrf", PageClient.csrf(login.text())));
        assertThat(done.status()).as("sign-in of " + username).isEqualTo(302);
        assertThat(done.location()).as("sign-in of " + username).doesNotContain("error");
        return b;
    }

    private static void step(Browser who, int port, String page, String action) {
        Browser.Answer shown = who.get(port, page);
        assertThat(shown.status()).isEqualTo(200);
        Browser.Answer done = who.post(port, action, PageClient.hiddenFields(shown.text(), action));
        assertThat(done.status()).as(action).isEqualTo(302);
    }

    /** The seed's campaign, from the standing office's task page (its letter form names it). */
    private static long campaign(Browser b, int port) {
        Browser.Answer tasks = b.get(port, "/tasks");
        assertThat(tasks.status()).isEqualTo(200);
        Matcher m = Pattern.compile("/tasks/letters\\?campaign=(\\d+)").matcher(tasks.text());
        assertThat(m.find()).as("a letter form on /tasks").isTrue();
        return Long.parseLong(m.group(1));
    }
}
