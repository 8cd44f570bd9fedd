package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.Territories;

/**
 * Lists read one page in SQL (issue 20 item 3): the API's {@code items}, {@code total}, {@code page}
 * and {@code size} and its second page, and the HTML list's second page with its rows 51–100 and the
 * total, over 1,234 tasks of a district of the test's own (campaign years 2063 and 2064).
 */
@IntegrationTest
class ListPagingIntegrationTests {

    private static final String USER = "phantrang_409";
    private static final String PASSWORD = "Phan-Trang-409-2063";
    private static final int TASKS = 1_234;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void apiListsAndTheTasksPageReadOnePageWithTheTotal() {
        // the district codes 409 and 410 given for this test are not in the 2024 list (merged before
        // it): a district of its own under Quảng Bình, which no other test uses, stands in for them
        OrgUnitManagement units = context.getBean(OrgUnitManagement.class);
        OrgUnit district = units.systemCreate(
                new CreateUnit(Territories.unit(context, "44").id(), "DISTRICT", "Huyện Phân Trang", null));
        OrgUnit committee = units.systemCreate(
                new CreateUnit(district.id(), "COMMITTEE", "Ban Chỉ đạo 138 huyện Phân Trang", null));
        Territories.account(context, USER, PASSWORD, "Tổ phân trang", district, Role.STANDING_OFFICE);
        long campaign = campaign(committee, 2063);
        // a second campaign of the same committee, for the campaigns list's second page
        long second = campaign(committee, 2064);
        // one statement: the tasks are rows to page through, not what is tested
        jdbc.sql("""
                        insert into task (campaign_id, source_section, title, duty, unit_id, assigner_unit_id,
                                          coordinating_units, due_date, created_at, updated_at)
                        select ?, 'I', 'Việc phân trang ' || g, 'Thực hiện', ?, ?, '{}', date '2063-09-01' + g,
                               now(), now()
                        from generate_series(1, ?) g
                        """).params(campaign, district.id(), district.id(), TASKS).update();
        List<Long> byId = jdbc.sql("select id from task where campaign_id = ? order by id")
                .param(campaign)
                .query(Long.class)
                .list();
        // the page lists open tasks by due date; due dates rise with the id here, so the orders agree
        assertThat(byId).hasSize(TASKS);

        Api api = new Api(port);
        JsonNode first =
                api.get("/api/v1/tasks?campaign=" + campaign, USER, PASSWORD).json();
        assertThat(first.get("total").asLong()).isEqualTo(TASKS);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(50);
        assertThat(first.get("items")).hasSize(50);
        assertThat(first.get("items").get(0).get("id").asLong()).isEqualTo(byId.get(0));
        JsonNode secondPage = api.get("/api/v1/tasks?campaign=" + campaign + "&page=1", USER, PASSWORD)
                .json();
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("total").asLong()).isEqualTo(TASKS);
        assertThat(secondPage.get("items").get(0).get("id").asLong()).isEqualTo(byId.get(50));
        Api.Reply tooBig = api.get("/api/v1/tasks?campaign=" + campaign + "&size=501", USER, PASSWORD);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("size");

        JsonNode campaigns = api.get("/api/v1/campaigns?size=1", USER, PASSWORD).json();
        assertThat(campaigns.get("size").asInt()).isEqualTo(1);
        assertThat(campaigns.get("page").asInt()).isZero();
        assertThat(campaigns.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode all = api.get("/api/v1/campaigns?size=500", USER, PASSWORD).json();
        List<Long> ids = new ArrayList<>();
        all.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).contains(campaign, second).isSorted();
        assertThat(all.get("total").asLong()).isEqualTo(ids.size());
        JsonNode campaignsSecond =
                api.get("/api/v1/campaigns?size=1&page=1", USER, PASSWORD).json();
        assertThat(campaignsSecond.get("items")).hasSize(1);
        assertThat(campaignsSecond.get("items").get(0).get("id").asLong()).isEqualTo(ids.get(1));
        assertThat(campaignsSecond.get("items").get(0))
                .isEqualTo(all.get("items").get(1));
        for (JsonNode item : all.get("items")) {
            if (item.get("id").asLong() == second) {
                // the committee's code comes from the page's one statement, not a query per row
                assertThat(item.get("issuerUnitCode").asText()).isEqualTo(committee.code());
            }
        }

        PageClient pages = PageClient.signedIn(port, USER, PASSWORD);
        String html = pages.get("/tasks?campaign=" + campaign + "&page=1").body();
        assertThat(html).contains("51–100 / 1.234").contains("Trang 2/25");
        List<Long> shown = taskIds(html);
        assertThat(shown).containsExactlyElementsOf(byId.subList(50, 100));
        // the pager keeps the filter: the next page's link still names the campaign
        assertThat(html).contains("/tasks?campaign=" + campaign + "&amp;page=2");
        // a person editing the address gets the nearest page, not an error
        String clamped =
                pages.get("/tasks?campaign=" + campaign + "&page=-4&size=0").body();
        assertThat(clamped).contains("1–1 / 1.234");
        assertThat(taskIds(clamped)).containsExactly(byId.get(0));
    }

    private long campaign(OrgUnit committee, int year) {
        return context.getBean(CampaignManagement.class)
                .systemCreate(new NewCampaign(
                        committee.id(),
                        year,
                        "Ngày hội toàn dân bảo vệ ANTQ huyện Phân Trang " + year,
                        LocalDate.of(2022, 8, 1),
                        LocalDate.of(2022, 8, 19),
                        LocalDate.of(2022, 8, 20),
                        null,
                        null,
                        null,
                        null,
                        List.of()))
                .id();
    }

    private static List<Long> taskIds(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("data-task=\"(\\d+)\"").matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
