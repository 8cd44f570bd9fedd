package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The module lists paged in SQL after the first round (issue 20 item 3): each API list's
 * {@code items}, {@code total}, {@code page}, {@code size} and its second page's first item, and the
 * HTML page's pager with the total, over a district of the test's own under Thừa Thiên Huế (46,
 * which no other test uses) with its own years (2070–2072).
 */
@IntegrationTest
class ModuleListPagingIntegrationTests {

    private static final String USER = "phantrang_hue";
    private static final String PASSWORD = "Phan-Trang-Hue-2070";
    private static final int COMMUNES = 53;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void budgetsPageInSqlWithTheSameVisibilityPerLine() {
        OrgUnit district = district("Huyện Phân Trang Dự Toán", USER + "_dt");
        List<Long> communes = communes(district, "PTDT");
        OrgUnit committee = context.getBean(OrgUnitManagement.class)
                .systemCreate(
                        new CreateUnit(district.id(), "COMMITTEE", "Ban Chỉ đạo 138 huyện Phân Trang Dự Toán", null));
        long campaign = context.getBean(CampaignManagement.class)
                .systemCreate(new NewCampaign(
                        committee.id(),
                        2071,
                        "Ngày hội toàn dân bảo vệ ANTQ huyện Phân Trang Dự Toán 2071",
                        LocalDate.of(2022, 8, 1),
                        LocalDate.of(2022, 8, 19),
                        LocalDate.of(2022, 8, 20),
                        null,
                        null,
                        null,
                        null,
                        List.of()))
                .id();
        long spender = communes.get(0);
        OrgUnit first =
                context.getBean(OrgUnitManagement.class).systemFindById(spender).orElseThrow();
        Territories.account(context, USER + "_xa", PASSWORD, "Xã phân trang", first, Role.UNIT_OFFICER);
        // each commune requests one estimate with a line of its own; every tenth also allocates a line
        // to the first commune, which therefore reads its own estimate whole and five others by line
        jdbc.sql("""
                        insert into budget_estimate (campaign_id, unit_id, appraiser_unit_id, approver_unit_id, title,
                                                     status, created_by, created_at)
                        select ?, u.id, ?, ?, 'Dự toán ' || u.n, 'DRAFT', 'test', now()
                          from unnest(?::bigint[]) with ordinality u(id, n)
                        """)
                .params(campaign, district.id(), district.id(), communes.toArray(Long[]::new))
                .update();
        List<Long> ids = jdbc.sql("select id from budget_estimate where campaign_id = ? order by id")
                .param(campaign)
                .query(Long.class)
                .list();
        jdbc.sql("""
                        insert into budget_line (estimate_id, line_no, activity, activity_label, content, unit_of_measure,
                                                 quantity, unit_price, amount, source, spending_unit_id)
                        select e.id, 1, 'OTHER', 'Khác', 'Nước uống', 'thùng', 2, 100000, 200000, 'LOCAL_BUDGET', e.unit_id
                          from budget_estimate e where e.campaign_id = ?
                        union all
                        select e.id, 2, 'OTHER', 'Khác', 'Phần thưởng', 'phần', 1, 500000, 500000, 'LOCAL_BUDGET', ?
                          from budget_estimate e where e.campaign_id = ? and e.id = any(?)
                        """)
                .params(campaign, spender, campaign, new Long[] {
                    ids.get(9), ids.get(19), ids.get(29), ids.get(39), ids.get(49)
                })
                .update();

        Api api = new Api(port);
        String whole = USER + "_dt";
        JsonNode firstPage =
                api.get("/api/v1/budgets?campaign=" + campaign, whole, PASSWORD).json();
        assertThat(firstPage.get("total").asLong()).isEqualTo(COMMUNES);
        assertThat(firstPage.get("page").asInt()).isZero();
        assertThat(firstPage.get("size").asInt()).isEqualTo(50);
        assertThat(firstPage.get("items")).hasSize(50);
        assertThat(firstPage.get("items").get(9).get("lines")).hasSize(2);
        JsonNode second = api.get("/api/v1/budgets?campaign=" + campaign + "&page=1", whole, PASSWORD)
                .json();
        assertThat(second.get("items")).hasSize(COMMUNES - 50);
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(ids.get(50));
        assertThat(api.get("/api/v1/budgets?campaign=" + campaign + "&size=501", whole, PASSWORD)
                        .status())
                .isEqualTo(400);
        JsonNode oneUnit = api.get("/api/v1/budgets?campaign=" + campaign + "&unit=" + first.code(), whole, PASSWORD)
                .json();
        assertThat(oneUnit.get("total").asLong()).isEqualTo(1);

        JsonNode byLine = api.get("/api/v1/budgets?campaign=" + campaign + "&size=2&page=1", USER + "_xa", PASSWORD)
                .json();
        assertThat(byLine.get("total").asLong()).isEqualTo(6);
        JsonNode all = api.get("/api/v1/budgets?campaign=" + campaign, USER + "_xa", PASSWORD)
                .json();
        List<Long> seen = new ArrayList<>();
        all.get("items").forEach(i -> seen.add(i.get("id").asLong()));
        assertThat(seen).containsExactly(ids.get(0), ids.get(9), ids.get(19), ids.get(29), ids.get(39), ids.get(49));
        assertThat(byLine.get("items").get(0).get("id").asLong()).isEqualTo(ids.get(19));
        // read by line: only the line the commune spends, as GET /api/v1/budgets/{id} answers
        assertThat(all.get("items").get(1).get("lines")).hasSize(1);
        assertThat(all.get("items")
                        .get(1)
                        .get("lines")
                        .get(0)
                        .get("spendingUnit")
                        .asText())
                .isEqualTo(first.code());
        assertThat(all.get("items").get(1))
                .isEqualTo(api.get("/api/v1/budgets/" + ids.get(9), USER + "_xa", PASSWORD)
                        .json());
    }

    @Test
    void modelsPageInSqlWithTheStageOfTheClocksDate() {
        OrgUnit district = district("Huyện Phân Trang Mô Hình", USER + "_mh");
        List<Long> communes = communes(district, "PTMH");
        // four kinds as of the test clock (10/08/2022): never launched, launched, launching later,
        // retired; the stage filter in SQL must agree with the stage each item shows
        jdbc.sql("""
                        insert into outreach_model (name, field, unit_id, launched_on, retired_on, retired_reason,
                                                    registered_by, created_at)
                        select 'Mô hình ' || u.n, 'An ninh', u.id,
                               case u.n % 4 when 0 then null when 2 then date '2022-09-01' else date '2022-08-01' end,
                               case u.n % 4 when 3 then date '2022-08-05' end,
                               case u.n % 4 when 3 then 'Ngừng' end,
                               'test', now()
                          from unnest(?::bigint[]) with ordinality u(id, n)
                        """).param(communes.toArray(Long[]::new)).update();
        String user = USER + "_mh";
        Api api = new Api(port);
        JsonNode all = api.get("/api/v1/models?size=500", user, PASSWORD).json();
        assertThat(all.get("total").asLong()).isEqualTo(COMMUNES);
        assertThat(all.get("size").asInt()).isEqualTo(500);
        List<Long> ids = new ArrayList<>();
        all.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        assertThat(ids).hasSize(COMMUNES).isSorted();
        JsonNode first = api.get("/api/v1/models", user, PASSWORD).json();
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(50);
        assertThat(first.get("items")).hasSize(50);
        JsonNode second = api.get("/api/v1/models?page=1", user, PASSWORD).json();
        assertThat(second.get("total").asLong()).isEqualTo(COMMUNES);
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(ids.get(50));
        for (String status : List.of("REGISTERED", "LAUNCHED", "RETIRED", "REPLICATED")) {
            long shown = count(all, i -> i.get("status").asText().equals(status));
            JsonNode filtered = api.get("/api/v1/models?size=500&status=" + status, user, PASSWORD)
                    .json();
            assertThat(filtered.get("total").asLong()).as(status).isEqualTo(shown);
            filtered.get("items")
                    .forEach(i -> assertThat(i.get("status").asText()).isEqualTo(status));
        }
        assertThat(count(all, i -> i.get("status").asText().equals("REGISTERED")))
                .isEqualTo(26);
        JsonNode active =
                api.get("/api/v1/models?status=active", user, PASSWORD).json();
        assertThat(active.get("total").asLong())
                .isEqualTo(count(all, i -> i.get("active").asBoolean()));
        assertThat(api.get("/api/v1/models?page=-1", user, PASSWORD).status()).isEqualTo(400);

        PageClient pages = PageClient.signedIn(port, user, PASSWORD);
        String html = pages.get("/outreach/models?page=1&status=").body();
        assertThat(html).contains("51–53 / 53").contains("Trang 2/2");
    }

    private static long count(JsonNode list, java.util.function.Predicate<JsonNode> p) {
        long n = 0;
        for (JsonNode i : list.get("items")) {
            n += p.test(i) ? 1 : 0;
        }
        return n;
    }

    @Test
    void evaluationsPageInSql() {
        OrgUnit district = district("Huyện Phân Trang Đánh Giá", USER);
        List<Long> communes = communes(district, "PTDG");
        // one statement: the evaluations are rows to page through, not what is tested
        jdbc.sql("""
                        insert into evaluation (rule_set_id, unit_id, unit_path, year, period_start, period_end, status,
                                                authority_unit_id, registered_on, registered_by)
                        select (select id from evaluation_rule_set where unit_kind = 'COMMUNE' order by id limit 1),
                               o.id, o.path, 2070, date '2069-10-01', date '2070-09-30', 'REGISTERED', ?,
                               date '2070-02-01', 'test'
                          from org_unit o where o.id = any(?)
                        """).params(district.id(), communes.toArray(Long[]::new)).update();
        // the list's order is the unit's path, which rises with the id here
        List<Long> byPath = jdbc.sql(
                        "select id from evaluation where unit_path like ? and year = 2070 order by unit_path, id")
                .param(district.path() + "%")
                .query(Long.class)
                .list();
        assertThat(byPath).hasSize(COMMUNES);

        Api api = new Api(port);
        JsonNode first =
                api.get("/api/v1/evaluations?year=2070", USER, PASSWORD).json();
        assertThat(first.get("total").asLong()).isEqualTo(COMMUNES);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(50);
        assertThat(first.get("items")).hasSize(50);
        assertThat(first.get("items").get(0).get("id").asLong()).isEqualTo(byPath.get(0));
        assertThat(first.get("items").get(0).get("criteria").isObject()).isTrue();
        JsonNode second =
                api.get("/api/v1/evaluations?year=2070&page=1", USER, PASSWORD).json();
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items")).hasSize(COMMUNES - 50);
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(byPath.get(50));
        assertThat(api.get("/api/v1/evaluations?year=2070&size=0", USER, PASSWORD)
                        .status())
                .isEqualTo(400);

        PageClient pages = PageClient.signedIn(port, USER, PASSWORD);
        String html = pages.get("/evaluation?year=2070&page=1").body();
        assertThat(html).contains("51–53 / 53").contains("Trang 2/2");
        String clamped = pages.get("/evaluation?year=2070&page=-1&size=900").body();
        assertThat(clamped).contains("1–53 / 53");
    }

    private OrgUnit district(String name, String user) {
        OrgUnit district = context.getBean(OrgUnitManagement.class)
                .systemCreate(new CreateUnit(Territories.unit(context, "46").id(), "DISTRICT", name, null));
        Territories.account(context, user, PASSWORD, "Tổ phân trang Huế", district, Role.STANDING_OFFICE);
        return district;
    }

    /** {@link #COMMUNES} communes under {@code district}, added by one statement, in id order. */
    private List<Long> communes(OrgUnit district, String codePrefix) {
        return jdbc.sql("""
                        insert into org_unit (id, structure_code, code, name, name_folded, type_code, level,
                                              parent_id, path, valid_from, valid_to)
                        select u.id, d.structure_code, ? || u.id, 'Xã ' || u.id, 'xa ' || u.id, 'COMMUNE',
                               d.level + 1, d.id, d.path || u.id || '/', d.valid_from, d.valid_to
                          from (select nextval('org_unit_id_seq') as id from generate_series(1, ?)) u
                          join org_unit d on d.id = ?
                        returning id
                        """).params(codePrefix, COMMUNES, district.id()).query(Long.class).list().stream()
                .sorted()
                .toList();
    }
}
