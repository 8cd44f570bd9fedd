package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;

/**
 * A person filters by the unit's name as they say it, without diacritics; codes keep working for
 * links and API clients. Reads the demo only.
 */
@IntegrationTest
class UnitNamesInFiltersIntegrationTests {

    @LocalServerPort
    int port;

    private static List<String> rowUnits(String html) {
        Matcher m = Pattern.compile("<tr data-unit=\"([^\"]+)\"").matcher(html);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @Test
    void theTaskMatrixFiltersByAUnitNameTypedWithoutDiacriticsAsItDoesByCode() {
        PageClient office = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);

        var byName = office.get("/tasks/matrix?unit=son%20ha");
        var byCode = office.get("/tasks/matrix?unit=15004");
        var all = office.get("/tasks/matrix");

        assertThat(byName.status()).isEqualTo(200);
        assertThat(rowUnits(byName.body())).isNotEmpty().isEqualTo(rowUnits(byCode.body()));
        assertThat(rowUnits(byName.body())).allMatch(code -> !code.equals("15001") && !code.equals("387"));
        assertThat(rowUnits(all.body()).size())
                .isGreaterThan(rowUnits(byName.body()).size());
        assertThat(byName.body()).contains("list=\"unit-options\"");
    }

    @Test
    void aNameThatFitsNoUnitIsAVietnameseMessageBesideTheFilterNotAnErrorPage() {
        PageClient office = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);

        var none = office.get("/tasks/matrix?unit=x%C3%A3%20kh%C3%B4ng%20c%C3%B3");

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("id=\"error-summary\"").contains("xã không có");
        assertThat(rowUnits(none.body())).isEmpty();
    }
}
