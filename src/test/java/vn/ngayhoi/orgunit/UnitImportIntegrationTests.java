package vn.ngayhoi.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

@IntegrationTest
class UnitImportIntegrationTests {

    @Autowired
    OrgUnitManagement units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(userDetails);
        signedIn.as("admin");
    }

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void bundledListsAreImportedAsTwoDatedStructuresWithTheOfficialCounts() {
        assertThat(count("select count(*) from org_unit where structure_code = '2024' and code ~ '^[0-9]+$'"))
                .isEqualTo(10_794);
        assertThat(count("select count(*) from org_unit where structure_code = '2024' and length(code) = 2"))
                .isEqualTo(63);
        assertThat(count("select count(*) from org_unit where structure_code = '2024' and length(code) = 3"))
                .isEqualTo(696);
        assertThat(
                        count(
                                "select count(*) from org_unit where structure_code = '2024' and length(code) = 5 and code ~ '^[0-9]+$'"))
                .isEqualTo(10_035);
        // numeric codes: the official list's units, not those other tests add by hand (codes "DV…")
        assertThat(count("select count(*) from org_unit where structure_code = '2025' and code ~ '^[0-9]+$'"))
                .isEqualTo(3_355);
        assertThat(
                        count(
                                "select count(*) from org_unit where structure_code = '2025' and level = 2 and code ~ '^[0-9]+$'"))
                .isEqualTo(3_321);
        assertThat(units.structures())
                .extracting(Structure::code, Structure::validFrom, Structure::validTo)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("2024", null, LocalDate.of(2025, 6, 30)),
                        org.assertj.core.groups.Tuple.tuple("2025", LocalDate.of(2025, 7, 1), null));
    }

    @Test
    void quanSonHasItsTwelveCommuneLevelUnitsAndTheCodeHistorySurvivesTheMerge() {
        OrgUnit quanSon = units.systemFind("2024", "387").orElseThrow();
        assertThat(quanSon.level()).isEqualTo(2);
        assertThat(units.children(quanSon.id()))
                .filteredOn(u -> u.typeCode().equals("COMMUNE") || u.typeCode().equals("TOWNSHIP"))
                .extracting(OrgUnit::name)
                .hasSize(12)
                .contains("Xã Sơn Hà", "Xã Mường Mìn", "Thị trấn Sơn Lư");

        // 15016 was Thị trấn Sơn Lư until 30/06/2025 and is Xã Quan Sơn since 01/07/2025.
        assertThat(units.getByCode("15016", LocalDate.of(2022, 8, 1)).name()).isEqualTo("Thị trấn Sơn Lư");
        assertThat(units.getByCode("15016", LocalDate.of(2025, 7, 1)).name()).isEqualTo("Xã Quan Sơn");
        OrgUnit sonHa2022 = units.getByCode("15004", LocalDate.of(2022, 8, 1));
        assertThat(sonHa2022.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(sonHa2022.path()).startsWith(quanSon.path());
    }

    @Test
    void reimportingTheSameListChangesNothingAndAChangedNameIsUpdated() throws IOException {
        byte[] list = new ClassPathResource("units/vn-units-2025.csv")
                .getInputStream()
                .readAllBytes();
        long before = count("select count(*) from org_unit");

        ImportResult again = units.importOfficialList(
                "2025", "Cơ cấu 2 cấp (từ 01/07/2025)", LocalDate.of(2025, 7, 1), null, "again.csv", list);

        assertThat(again.created()).isZero();
        assertThat(again.renamed()).isZero();
        assertThat(again.unchanged()).isEqualTo(3_355);
        assertThat(count("select count(*) from org_unit")).isEqualTo(before);

        String renamedList =
                new String(list, StandardCharsets.UTF_8).replace("15025,Xã Mường Mìn,", "15025,Xã Mường Mìn Mới,");
        ImportResult renamed = units.importOfficialList(
                "2025",
                "Cơ cấu 2 cấp (từ 01/07/2025)",
                LocalDate.of(2025, 7, 1),
                null,
                "renamed.csv",
                renamedList.getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.renamed()).isEqualTo(1);
        assertThat(units.systemFind("2025", "15025").orElseThrow().name()).isEqualTo("Xã Mường Mìn Mới");
        assertThat(count("select count(*) from org_unit")).isEqualTo(before);

        units.importOfficialList(
                "2025", "Cơ cấu 2 cấp (từ 01/07/2025)", LocalDate.of(2025, 7, 1), null, "restore.csv", list);
        assertThat(units.systemFind("2025", "15025").orElseThrow().name()).isEqualTo("Xã Mường Mìn");
        assertThat(
                        count(
                                "select count(*) from audit_entry where action = 'UNITS_IMPORTED' and summary like 'renamed.csv%'"))
                .isEqualTo(1);
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndNothingIsHalfImported() {
        long before = count("select count(*) from org_unit");
        String good = "code,name,level,parent_code\n90,Tỉnh Thử Nghiệm,province,\n901,Huyện Thử Nghiệm,district,90\n";
        String broken = good + "90101,Xã Thử Nghiệm,commune,999\n";

        assertThatThrownBy(() -> units.importOfficialList(
                        "TEST", "Thử nghiệm", null, null, "broken.csv", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems().get(0).args()[0]).isEqualTo(4));

        assertThat(count("select count(*) from org_unit")).isEqualTo(before);
        assertThat(count("select count(*) from org_structure where code = 'TEST'"))
                .isZero();
    }
}
