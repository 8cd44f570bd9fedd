package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;

/**
 * People in a territory that has no campaign yet (here Hà Nội, while the demo's campaign is Quan Sơn's)
 * open every page of their menu: each answers 200 with its own page, never the error page. The
 * festival calendar once answered 500 for them.
 */
@IntegrationTest
class NoCampaignMenuIntegrationTests {

    private static final Pattern NAV_LINK = Pattern.compile("<a class=\"nav-link[^\"]*\" href=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMenuPageAnswers200ForEachRoleOfATerritoryWithoutCampaign() {
        // Phường Phúc Xá (00001) and Quận Ba Đình (001), Hà Nội: no campaign covers them.
        assertThat(jdbc.sql("select count(*) from campaign c join org_unit u on u.id = c.committee_id"
                                + " where u.structure_code = '2024' and u.code in ('01', '001', '00001')")
                        .query(Long.class)
                        .single())
                .isZero();
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (Role role : Role.values()) {
            String unit = role == Role.UNIT_OFFICER ? "00001" : "001";
            String username = account(role, unit);
            PageClient person = PageClient.signedIn(port, username, Api.DEMO_PASSWORD);
            PageClient.Page home = person.get("/");
            Set<String> menu = links(NAV_LINK, home.body());
            assertThat(menu).as("the menu of " + role).contains("/", "/festivals", "/tasks", "/reports", "/plans");
            // The menu's pages, and the pages of the same section they link to (the calendar, the
            // schedule, the matrix...), as a person would click through them.
            Set<String> visit = new LinkedHashSet<>(menu);
            for (String entry : menu) {
                PageClient.Page page = person.get(entry);
                pages++;
                check(role, entry, page, failures);
                if (!entry.equals("/") && page.status() == 200) {
                    for (String link : links(LINK, page.body())) {
                        if (link.startsWith(entry + "/") && !link.matches(".*\\.(docx|pdf|xlsx|ics)(\\?.*)?$")) {
                            visit.add(link);
                        }
                    }
                }
            }
            visit.removeAll(menu);
            for (String link : visit) {
                pages++;
                check(role, link, person.get(link), failures);
            }
        }
        assertThat(failures)
                .as("pages that did not answer 200 with their own page")
                .isEmpty();
        assertThat(pages).isGreaterThan(Role.values().length * 8);
    }

    private static void check(Role role, String path, PageClient.Page page, List<String> failures) {
        if (page.status() != 200 || page.body().contains("id=\"error-message\"")) {
            failures.add(role + " " + path + " → " + page.status());
        }
    }

    private static Set<String> links(Pattern pattern, String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    private String account(Role role, String unitCode) {
        String username = "hanoi." + role.name().toLowerCase().replace('_', '.');
        boolean exists = jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists) {
            accounts.systemCreate(
                    username,
                    Api.DEMO_PASSWORD,
                    "Người thử Hà Nội",
                    "Tài khoản thử không có đợt",
                    units.systemFind("2024", unitCode).orElseThrow(),
                    Set.of(role));
        }
        return username;
    }
}
