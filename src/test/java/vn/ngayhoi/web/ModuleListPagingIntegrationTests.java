package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
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
    void evaluationsPageInSql() {
        OrgUnit district = district("Huyện Phân Trang Đánh Giá");
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

    private OrgUnit district(String name) {
        OrgUnit district = context.getBean(OrgUnitManagement.class)
                .systemCreate(new CreateUnit(Territories.unit(context, "46").id(), "DISTRICT", name, null));
        Territories.account(context, USER, PASSWORD, "Tổ phân trang Huế", district, Role.STANDING_OFFICE);
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
