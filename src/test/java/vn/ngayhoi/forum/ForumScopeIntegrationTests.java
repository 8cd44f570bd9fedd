package vn.ngayhoi.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * Route × role: every staff route of the forum, walked from the application's own mappings, as
 * accounts of each role outside the opinion's subtree (404, or 403 where the role is missing), and
 * without signing in (the sign-in page, 401 for the API); the public routes show a published answer
 * and one's own status, nothing more.
 */
@IntegrationTest
class ForumScopeIntegrationTests {

    static final String PASSWORD = "Mat-khau-dien-dan-3";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    record Route(String method, String pattern) {}

    private List<Route> forumRoutes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/forum") || pattern.startsWith("/api/v1/opinions")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        routes.add(new Route(m.name(), pattern));
                    }
                }
            }
        });
        return routes;
    }

    @Test
    void noAccountOutsideTheSubtreeNorAnyoneSignedOutReachesAnOpinion() {
        clock.set(LocalDateTime.of(2022, 8, 11, 9, 5).atZone(Formats.ZONE).toInstant());
        String vanAm = "15076";
        Territories.account(
                context, "fs.vanam", PASSWORD, "Cầm Văn Âm", Territories.unit(context, vanAm), Role.UNIT_OFFICER);
        var camThuy = Territories.unit(context, "390");
        for (Role role :
                List.of(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.LEADER, Role.VIEWER, Role.DEPARTMENT_OFFICER)) {
            Territories.account(
                    context,
                    "fs.out." + role.name().toLowerCase(),
                    PASSWORD,
                    "Người Ngoài " + role.name(),
                    camThuy,
                    role);
        }
        Api api = new Api(port);
        Api.Reply sent = api.postJsonAs(
                "/public/api/opinions",
                "{\"communeCode\": \"" + vanAm + "\", \"topic\": \"ANTT\", \"text\": \"Ý kiến riêng của xã Vân Âm.\","
                        + " \"anonymous\": false, \"name\": \"Đinh Thị Riêng\", \"contact\": \"0911222333\"}",
                Map.of());
        assertThat(sent.status()).isEqualTo(201);
        long id = jdbc.sql("select id from forum_opinion where text = 'Ý kiến riêng của xã Vân Âm.'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into forum_attachment (opinion_id, file_name, content_type, content, sha256)"
                        + " values (?, 'anh.png', 'image/png', ?, 'x')")
                .params(id, new byte[] {1, 2, 3})
                .update();
        long photo = jdbc.sql("select id from forum_attachment where opinion_id = ?")
                .param(id)
                .query(Long.class)
                .single();

        List<Route> routes = forumRoutes();
        assertThat(routes).extracting(Route::pattern).contains("/forum/{id}", "/api/v1/opinions/{id}/answer");
        Set<String> problems = new TreeSet<>();
        Set<String> walked = new TreeSet<>();
        for (Role role :
                List.of(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.LEADER, Role.VIEWER, Role.DEPARTMENT_OFFICER)) {
            String user = "fs.out." + role.name().toLowerCase();
            PageClient page = PageClient.signedIn(port, user, PASSWORD);
            String csrf = PageClient.csrf(page.get("/").body());
            for (Route r : routes) {
                String path = r.pattern()
                        .replace("{id}", Long.toString(id))
                        .replace("{photoId}", Long.toString(photo))
                        .replace("{code}", "ANTT");
                if (!path.contains(Long.toString(id))) {
                    continue;
                }
                int status;
                String body;
                if (path.startsWith("/api/")) {
                    Api.Reply reply = r.method().equals("GET")
                            ? api.get(path, user, PASSWORD)
                            : api.postJson(
                                    path,
                                    user,
                                    PASSWORD,
                                    "{\"text\": \"x\", \"unitCode\": \"15064\", \"reason\": \"x\"}");
                    status = reply.status();
                    body = reply.body();
                } else {
                    PageClient.Page reply = r.method().equals("GET")
                            ? page.get(path)
                            : page.post(
                                    path,
                                    Map.of(
                                            "_csrf",
                                            csrf,
                                            "version",
                                            "0",
                                            "text",
                                            "x",
                                            "question",
                                            "x",
                                            "reason",
                                            "DUPLICATE",
                                            "unitCode",
                                            "15064"));
                    status = reply.status();
                    body = reply.body();
                }
                walked.add(r.method() + " " + r.pattern());
                boolean roleRefused = status == 403;
                if (!(status == 404 || roleRefused) || body.contains("Ý kiến riêng") || body.contains("0911222333")) {
                    problems.add(role + " " + r.method() + " " + path + " → " + status);
                }
            }
            // Lists in scope: the opinion is not among them.
            assertThat(page.get("/forum").body()).doesNotContain("Ý kiến riêng");
            assertThat(api.get("/api/v1/opinions", user, PASSWORD).body()).doesNotContain("Ý kiến riêng");
            assertThat(api.get("/api/v1/opinions?unit=" + vanAm, user, PASSWORD).status())
                    .isEqualTo(404);
        }
        assertThat(problems).as("routes that answered an outsider").isEmpty();
        assertThat(walked)
                .as("every route that names an opinion")
                .contains(
                        "GET /forum/{id}",
                        "GET /forum/{id}/photos/{photoId}",
                        "POST /forum/{id}/answer",
                        "POST /forum/{id}/approve",
                        "POST /forum/{id}/route",
                        "POST /forum/{id}/publish",
                        "POST /forum/{id}/hide",
                        "GET /api/v1/opinions/{id}",
                        "POST /api/v1/opinions/{id}/answer",
                        "POST /api/v1/opinions/{id}/route");

        // The commune's own officer reaches it.
        assertThat(api.get("/api/v1/opinions/" + id, "fs.vanam", PASSWORD)
                        .json()
                        .get("contact")
                        .asString())
                .isEqualTo("0911222333");

        // Signed out: the sign-in page for pages, 401 for the API, and nothing of the opinion.
        PageClient nobody = new PageClient(port);
        for (Route r : routes) {
            String path = r.pattern()
                    .replace("{id}", Long.toString(id))
                    .replace("{photoId}", Long.toString(photo))
                    .replace("{code}", "ANTT");
            if (r.method().equals("GET")) {
                var reply = path.startsWith("/api/") ? null : nobody.get(path);
                if (reply != null) {
                    assertThat(reply.status()).as(path).isEqualTo(302);
                    assertThat(reply.location()).as(path).endsWith("/login");
                } else {
                    assertThat(api.get(path).status()).as(path).isEqualTo(401);
                }
            }
        }

        // Public: the status behind the code carries no question, name or contact; the public record
        // shows nothing unpublished.
        JsonNode status = api.get("/public/api/opinions/"
                        + sent.json().get("trackingCode").asString())
                .json();
        Set<String> fields = new TreeSet<>();
        status.propertyNames().forEach(fields::add);
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "status", "unitName", "topicName", "receivedAt", "dueDate", "answer", "answeredAt");
        assertThat(status.toString()).doesNotContain("Ý kiến riêng").doesNotContain("Đinh Thị Riêng");
        assertThat(api.get("/y-kien/cong-khai?unit=" + vanAm).body()).doesNotContain("Ý kiến riêng");
        assertThat(api.get("/y-kien/tra-cuu?ma="
                                + sent.json().get("trackingCode").asString())
                        .body())
                .contains("Chờ trả lời")
                .doesNotContain("Ý kiến riêng")
                .doesNotContain("0911222333");
    }
}
