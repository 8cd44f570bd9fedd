package vn.ngayhoi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/** The analysts' export: one row per unit and indicator, JSON or CSV, scoped, adding up to the totals. */
@IntegrationTest
class ReportValuesApiIntegrationTests {

    static final String PW = Api.DEMO_PASSWORD;

    @LocalServerPort
    int port;

    Api api;
    long campaign;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        campaign = api.get("/api/v1/campaigns?year=2022", "thuongtruc", PW)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
    }

    private String path(String query) {
        return "/api/v1/campaigns/" + campaign + "/values?" + query;
    }

    @Test
    void acceptedValuesAddUpToTheDistrictTotalsWithEveryNamedField() {
        Api.Reply reply = api.get(path("unit=387&status=accepted&format=json"), "thuongtruc", PW);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        JsonNode items = body.get("items");
        assertThat(items.size()).isPositive().isEqualTo(body.get("total").asInt());
        Map<String, BigDecimal> sums = new HashMap<>();
        for (JsonNode row : items) {
            for (String field : List.of(
                    "unitCode",
                    "unitName",
                    "unitType",
                    "indicatorCode",
                    "indicatorName",
                    "value",
                    "reportStatus",
                    "acceptedAt")) {
                assertThat(row.has(field)).as(field).isTrue();
            }
            assertThat(row.get("reportStatus").asString()).isEqualTo("ACCEPTED");
            assertThat(row.get("acceptedAt").asString()).endsWith("+07:00");
            if (row.get("value").isNumber()) {
                sums.merge(row.get("indicatorCode").asString(), row.get("value").decimalValue(), BigDecimal::add);
            }
        }
        JsonNode totals = api.get("/api/v1/campaigns/" + campaign + "/totals?unit=387", "thuongtruc", PW)
                .json()
                .get("values");
        assertThat(sums).isNotEmpty();
        sums.forEach((code, sum) ->
                assertThat(totals.get(code).decimalValue()).as(code).isEqualByComparingTo(sum));
    }

    @Test
    void theUnitFilterIsASubtreeInScopeAndBadParametersNameTheirField() {
        JsonNode sonHa =
                api.get(path("unit=15004&status=all"), "thuongtruc", PW).json();
        Map<String, Boolean> codes = new HashMap<>();
        sonHa.get("items").forEach(r -> codes.put(r.get("unitCode").asString(), true));
        JsonNode children = api.get("/api/v1/org-units/15004/children?size=500", "thuongtruc", PW)
                .json();
        List<String> subtree = new ArrayList<>(List.of("15004"));
        children.get("items").forEach(u -> subtree.add(u.get("code").asString()));
        assertThat(codes.keySet()).isNotEmpty().allMatch(subtree::contains);

        assertThat(api.get(path("unit=15025"), "sonha", PW).status()).isEqualTo(404);
        Api.Reply status = api.get(path("status=approved"), "thuongtruc", PW);
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("message").asString()).contains("status");
        Api.Reply format = api.get(path("format=xml"), "thuongtruc", PW);
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("message").asString()).contains("format");
    }

    @Test
    void theCsvCarriesTheSameRowsWithVietnameseIntactBehindAByteOrderMark() {
        JsonNode json = api.get(path("unit=387&format=json"), "thuongtruc", PW).json();
        Api.Reply csv = api.get(path("unit=387&format=csv"), "thuongtruc", PW);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF");
        List<List<String>> rows = parse(csv.body().substring(1));
        assertThat(rows.get(0))
                .containsExactly(
                        "Mã đơn vị",
                        "Tên đơn vị",
                        "Loại đơn vị",
                        "Mã chỉ tiêu",
                        "Tên chỉ tiêu",
                        "Giá trị",
                        "Trạng thái báo cáo",
                        "Thời điểm tiếp nhận");
        assertThat(rows).hasSize(json.get("total").asInt() + 1);
        for (int i = 0; i < json.get("items").size(); i++) {
            JsonNode row = json.get("items").get(i);
            List<String> line = rows.get(i + 1);
            assertThat(line.get(0)).isEqualTo(row.get("unitCode").asString());
            assertThat(line.get(1)).isEqualTo(row.get("unitName").asString());
            assertThat(line.get(4)).isEqualTo(row.get("indicatorName").asString());
            if (row.get("value").isNumber()) {
                assertThat(new BigDecimal(line.get(5)))
                        .isEqualByComparingTo(row.get("value").decimalValue());
            }
        }
        assertThat(csv.body()).contains("Xã Sơn Hà");
    }

    /**
     * LibreOffice Calc opens the CSV as an analyst does (UTF-8, comma, double quotes): the names come
     * through with their diacritics, the figures as numbers.
     */
    @Test
    void libreOfficeCalcOpensTheCsvWithVietnameseIntact() throws Exception {
        JsonNode json = api.get(path("unit=387&format=json"), "thuongtruc", PW).json();
        Api.Reply csv = api.get(path("unit=387&format=csv"), "thuongtruc", PW);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("values-csv");
        java.nio.file.Path file = dir.resolve("so-lieu.csv");
        java.nio.file.Files.writeString(file, csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--infilter=CSV:44,34,76",
                        "--convert-to",
                        "xlsx",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        java.nio.file.Path xlsx = dir.resolve("so-lieu.xlsx");
        assertThat(xlsx)
                .as(java.nio.file.Files.readString(dir.resolve("soffice.log")))
                .exists();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            var f = new org.apache.poi.ss.usermodel.DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("Tên đơn vị");
            assertThat(sheet.getLastRowNum()).isEqualTo(json.get("total").asInt());
            JsonNode first = json.get("items").get(0);
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(1)))
                    .isEqualTo(first.get("unitName").asString());
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(4)))
                    .isEqualTo(first.get("indicatorName").asString());
        }
    }

    /** RFC 4180: commas separate, quotes enclose, doubled quotes escape, CRLF ends a record. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
