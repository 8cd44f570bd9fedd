package vn.ngayhoi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

/**
 * No double counting: on a form of a campaign of its own (2016, a committee of its own; other tests
 * read the demo campaign as the only 2022 one) that assigns communes and their khu dân cư, each
 * report is prefilled from its own unit's festival only, the district's totals are the hand sum of
 * each unit's own figures, and Sơn Hà's report page shows its own figures, its khu dân cư's accepted
 * ones and the commune-wide sum. A unit with no accepted report reads "Chưa tiếp nhận" on the totals
 * page, in the XLSX (empty cells and a note) and on the dashboard, never 0.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportOwnUnitTotalsIntegrationTests {

    static final String SON_HA = "15004";
    static final String TRUNG_XUAN = "14995";

    @Autowired
    ReportManagement reports;

    @Autowired
    ReportForms forms;

    @Autowired
    ReportTotals totals;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    UserDetailsService userDetails;

    @LocalServerPort
    int port;

    SignedIn signedIn;
    Api api;
    Campaign campaign;
    OrgUnit banHa;
    OrgUnit banBong;
    OrgUnit banXopHuoi;
    Report sonHaReport;
    final Map<String, Map<String, String>> sent = new LinkedHashMap<>();

    @BeforeAll
    void setUp() {
        signedIn = new SignedIn(userDetails);
        api = new Api(port);
        OrgUnit quanSon = units.systemFind("2024", "387").orElseThrow();
        OrgUnit committee = units.systemCreate(
                new CreateUnit(quanSon.id(), "COMMITTEE", "Ban Chỉ đạo thử không tính trùng Quan Sơn", null));
        campaign = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                2016,
                "Đợt thử không tính trùng",
                LocalDate.of(2022, 8, 1),
                LocalDate.of(2022, 8, 19),
                LocalDate.of(2022, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        ReportForm made = forms.systemDefineDefault(campaign);
        as(
                "thuongtruc",
                () -> forms.updateSettings(
                        made.id(),
                        new ReportForms.Settings(
                                made.title(),
                                LocalDate.of(2022, 8, 20),
                                2,
                                5,
                                List.of("COMMUNE", "TOWNSHIP", "RESIDENTIAL_AREA")),
                        made.version()));
        OrgUnit sonHa = units.systemFind("2024", SON_HA).orElseThrow();
        List<OrgUnit> areas = units.systemUnitsOfTypes(sonHa.path(), List.of("RESIDENTIAL_AREA"));
        banHa = named(areas, "Bản Hả");
        banBong = named(areas, "Bản Bóng");
        banXopHuoi = named(areas, "Bản Xộp Huối");

        // Festivals on record: the commune's own, two of its khu dân cư's, and another commune's.
        held(sonHa, 1_000, 250);
        held(banHa, 100, 20);
        held(banBong, 60, 20);
        held(units.systemFind("2024", TRUNG_XUAN).orElseThrow(), 300, 40);
    }

    private static OrgUnit named(List<OrgUnit> list, String name) {
        return list.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private void held(OrgUnit unit, int people, int youth) {
        OffsetDateTime at =
                LocalDateTime.of(2022, 8, 5, 8, 0).atZone(Formats.ZONE).toOffsetDateTime();
        festivals.systemCreate(
                campaign.id(),
                unit.id(),
                at,
                at.plusHours(3),
                "Nhà văn hóa thử " + unit.name(),
                false,
                FestivalStatus.HELD,
                new FestivalDetails(
                        List.of(new FestivalDetails.Step("Chào cờ", false, true)),
                        List.of(),
                        Map.of(),
                        List.of(),
                        null,
                        Map.of("PEOPLE", people, "YOUTH", youth),
                        List.of(),
                        null),
                null);
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        signedIn.as(user);
        try {
            return action.get();
        } finally {
            signedIn.clear();
        }
    }

    /** Opens the unit's report, keeps what was prefilled, adds a few typed figures, sends it and accepts it. */
    private Report sendAndAccept(String user, String code, int banners) {
        Report opened = as(user, () -> reports.open(campaign.id(), code));
        Map<String, String> values = new LinkedHashMap<>(opened.data().values());
        values.put("banners", Integer.toString(banners));
        values.put("budget_spent", Integer.toString(banners * 1_000_000));
        Report submitted = as(
                user,
                () -> reports.submit(
                        opened.id(),
                        new Entry(values, new ReportData.Narrative("Tổ chức đúng kế hoạch.", null, null, null)),
                        opened.version()));
        sent.put(code, values);
        return as("thuongtruc", () -> reports.accept(submitted.id()));
    }

    Map<String, BigDecimal> before;

    /** Sơn Hà, two of its bản and Trung Xuân send and are accepted; Bản Xộp Huối sends nothing. */
    private synchronized void ensureSent() {
        if (sonHaReport != null) {
            return;
        }
        before = districtTotals();
        sonHaReport = sendAndAccept("sonha", SON_HA, 6);
        sendAndAccept("sonha", banHa.code(), 2);
        sendAndAccept("sonha", banBong.code(), 1);
        sendAndAccept("thuongtruc", TRUNG_XUAN, 4);
    }

    @Test
    void eachReportCountsItsOwnFestivalAndTotalsAddEachUnitOnce() {
        ensureSent();

        // The prefill took each unit's own festival: Sơn Hà's is not the sum of its bản's.
        assertThat(sent.get(SON_HA))
                .containsEntry("participants", "1250")
                .containsEntry("held_commune", "1")
                .containsEntry("held_residential", "0");
        assertThat(sent.get(banHa.code()))
                .containsEntry("participants", "120")
                .containsEntry("held_commune", "0")
                .containsEntry("held_residential", "1");
        assertThat(sent.get(banBong.code())).containsEntry("participants", "80");
        assertThat(sent.get(TRUNG_XUAN)).containsEntry("participants", "340");

        // District totals: the hand sum of each unit's own figures, each unit once.
        Map<String, BigDecimal> after = districtTotals();
        for (String code : List.of("participants", "held_commune", "held_residential", "banners", "budget_spent")) {
            BigDecimal hand = sent.values().stream()
                    .map(v -> new BigDecimal(v.getOrDefault(code, "0")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(after.get(code).subtract(before.getOrDefault(code, BigDecimal.ZERO)))
                    .as(code)
                    .isEqualByComparingTo(hand);
        }
        assertThat(after.get("participants")).isEqualByComparingTo("1790");
        assertThat(after.get("held_commune")).isEqualByComparingTo("2");
        assertThat(after.get("held_residential")).isEqualByComparingTo("2");
        // Sơn Hà's subtree: its own report and its two bản, once each.
        Map<String, BigDecimal> commune = as(
                        "thuongtruc", () -> totals.totals(totals.area(campaign.id(), SON_HA), false))
                .values();
        assertThat(commune.get("participants")).isEqualByComparingTo("1450");

        // The commune's page: own, its khu dân cư's accepted figures and the commune-wide sum.
        Api.Reply page = page("/reports/" + sonHaReport.id(), "sonha");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"own-unit-rule\"").contains("chính đơn vị đã làm");
        String breakdown = section(page.body(), "id=\"breakdown\"");
        // 2 of Sơn Hà's 4 bản (more if another test adds one) are accepted
        assertThat(breakdown).contains("Đã tiếp nhận 2/").contains(" báo cáo của đơn vị trực thuộc.");
        assertThat(cells(breakdown, "participants")).containsExactly("1.250", "200", "1.450");
        assertThat(cells(breakdown, "held_commune")).containsExactly("1", "0", "1");
        assertThat(cells(breakdown, "held_residential")).containsExactly("0", "2", "2");
        assertThat(cells(breakdown, "banners")).containsExactly("6", "3", "9");
        // A commune whose khu dân cư the form does not reach shows no such table.
        long trungXuan =
                as("thuongtruc", () -> reports.open(campaign.id(), TRUNG_XUAN)).id();
        assertThat(page("/reports/" + trungXuan, "thuongtruc").body())
                .doesNotContain("id=\"breakdown\"")
                .contains("id=\"own-unit-rule\"");
    }

    @Test
    void aUnitWithNoAcceptedReportReadsNotAcceptedNeverZero() throws Exception {
        ensureSent();
        // Bản Xộp Huối has not reported: its row has no figures on the totals page.
        Api.Reply page = page("/reports/totals?campaign=" + campaign.id() + "&unit=" + SON_HA, "thuongtruc");
        assertThat(page.status()).isEqualTo(200);
        String missingRow = row(page.body(), banXopHuoi.code());
        assertThat(missingRow).contains("Chưa tiếp nhận").doesNotContain(">0<");
        assertThat(row(page.body(), banHa.code()))
                .doesNotContain("Chưa tiếp nhận")
                .contains(">120<");
        // At the district, Mường Mìn (no report in this campaign) reads the same.
        Api.Reply district = page("/reports/totals?campaign=" + campaign.id() + "&unit=387", "thuongtruc");
        assertThat(row(district.body(), "15025")).contains("Chưa tiếp nhận").doesNotContain(">0<");
        assertThat(row(district.body(), SON_HA)).contains(">1.450<");

        // XLSX: empty cells and a note column.
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                bytes("/reports/totals.xlsx?campaign=" + campaign.id() + "&unit=" + SON_HA, "thuongtruc")))) {
            Sheet drill = wb.getSheetAt(1);
            Row head = drill.getRow(0);
            int note = head.getLastCellNum() - 1;
            assertThat(head.getCell(note).getStringCellValue()).isEqualTo("Ghi chú");
            Row missing = sheetRow(drill, banXopHuoi.name());
            for (int c = 1; c < note; c++) {
                Cell cell = missing.getCell(c);
                assertThat(cell == null || cell.getCellType() == CellType.BLANK)
                        .as("column %d", c)
                        .isTrue();
            }
            assertThat(missing.getCell(note).getStringCellValue()).isEqualTo("Chưa tiếp nhận");
            Row reported = sheetRow(drill, banHa.name());
            assertThat(reported.getCell(note)).isNull();
            assertThat(reported.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        }

        // The dashboard's per-unit chart and table: no value, not accepted; the table says so.
        JsonNode items = api.get(
                        "/api/v1/campaigns/" + campaign.id() + "/dashboard?unit=" + SON_HA,
                        "thuongtruc",
                        Api.DEMO_PASSWORD)
                .json()
                .get("children")
                .get("items");
        JsonNode missingItem = item(items, banXopHuoi.code());
        assertThat(missingItem.get("accepted").asBoolean()).isFalse();
        assertThat(missingItem.get("value").isNull()).isTrue();
        JsonNode acceptedItem = item(items, banHa.code());
        assertThat(acceptedItem.get("accepted").asBoolean()).isTrue();
        assertThat(acceptedItem.get("value").asLong()).isEqualTo(120);
        // units with nothing accepted come after every figure
        List<Boolean> order = new ArrayList<>();
        items.forEach(i -> order.add(i.get("accepted").asBoolean()));
        assertThat(order.indexOf(false)).isGreaterThan(order.lastIndexOf(true));
        Api.Reply dashboard = page("/reports/dashboard?campaign=" + campaign.id() + "&unit=" + SON_HA, "thuongtruc");
        assertThat(row(dashboard.body(), banXopHuoi.code())).contains("Chưa tiếp nhận");
    }

    private Map<String, BigDecimal> districtTotals() {
        return as("thuongtruc", () -> totals.totals(totals.area(campaign.id(), "387"), false))
                .values();
    }

    /** From the element carrying {@code marker} to the end of its table. */
    private static String section(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isGreaterThanOrEqualTo(0);
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** The text of the numeric cells of the row with {@code data-code}. */
    private static List<String> cells(String html, String code) {
        String row = row(html, code);
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"text-end[^\"]*\">([^<]*)</td>").matcher(row);
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    private static String row(String html, String code) {
        int start = html.indexOf("data-code=\"" + code + "\"");
        assertThat(start).as("row " + code).isGreaterThanOrEqualTo(0);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static Row sheetRow(Sheet sheet, String name) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static JsonNode item(JsonNode items, String code) {
        for (JsonNode i : items) {
            if (i.get("code").asString().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no item " + code);
    }

    private final Map<String, String> cookies = new HashMap<>();

    /** A page as the signed-in person sees it (pages take a session, not HTTP Basic). */
    private Api.Reply page(String path, String username) {
        Api.Reply reply = api.getWithCookie(path, cookie(username));
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply;
    }

    private String cookie(String username) {
        return cookies.computeIfAbsent(username, u -> {
            Api.Reply login = api.get("/login");
            Api.Reply ok = api.postForm(
                    "/login",
                    "username=" + u + "&password=Quanson%402022&_csrf=" + Api.csrf(login.body()),
                    Api.sessionCookie(login));
            assertThat(ok.status()).isEqualTo(302);
            assertThat(ok.header("Location")).doesNotContain("error");
            return Api.sessionCookie(ok);
        });
    }

    private byte[] bytes(String path, String username) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", cookie(username))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
