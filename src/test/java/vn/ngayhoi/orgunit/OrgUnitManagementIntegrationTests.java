package vn.ngayhoi.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.orgunit.UnitCommands.DissolveUnit;
import vn.ngayhoi.orgunit.UnitCommands.MoveUnit;
import vn.ngayhoi.orgunit.UnitCommands.RenameUnit;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

@IntegrationTest
class OrgUnitManagementIntegrationTests {

    @Autowired
    OrgUnitManagement units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    OrgUnit quanSon;
    OrgUnit sonHa;
    OrgUnit muongMin;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        signedIn.as("admin");
        quanSon = units.systemFind("2024", "387").orElseThrow();
        sonHa = units.systemFind("2024", "15004").orElseThrow();
        muongMin = units.systemFind("2024", "15025").orElseThrow();
    }

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        var result = units.search("son ha", null, 20);
        assertThat(result.items()).extracting(OrgUnit::name).contains("Xã Sơn Hà");
        assertThat(units.search("SƠN HÀ", "2024", 20).items())
                .extracting(OrgUnit::code)
                .contains("15004");
        assertThat(units.search("%", null, 20).items()).isEmpty();
    }

    @Test
    void nonTerritorialUnitsGetGeneratedCodesThatCannotClashWithGsoCodes() {
        OrgUnit kdc = units.create(new CreateUnit(muongMin.id(), "RESIDENTIAL_AREA", "Bản Mìn", null));

        assertThat(kdc.code()).startsWith("KDC").matches(".*[A-Z].*");
        assertThat(kdc.parentId()).isEqualTo(muongMin.id());
        assertThat(kdc.path()).isEqualTo(muongMin.path() + kdc.id() + "/");
        assertThat(kdc.level()).isEqualTo(muongMin.level() + 1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'UNIT_CREATED' and target = ?")
                        .param("org_unit:" + kdc.code())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void movingAUnitKeepsEveryDescendantsPathRight() {
        OrgUnit school = units.create(new CreateUnit(sonHa.id(), "SCHOOL", "Trường THCS thử chuyển", null));
        OrgUnit branch = units.create(new CreateUnit(school.id(), "MASS_ORGANIZATION", "Chi đoàn thử chuyển", null));
        OrgUnit leaf = units.create(new CreateUnit(branch.id(), "RESIDENTIAL_AREA", "Tổ thử chuyển", null));

        units.move(new MoveUnit(school.id(), muongMin.id()));

        OrgUnit movedLeaf = units.systemFindById(leaf.id()).orElseThrow();
        assertThat(movedLeaf.path())
                .isEqualTo(muongMin.path() + school.id() + "/" + branch.id() + "/" + leaf.id() + "/");
        assertThat(movedLeaf.level()).isEqualTo(muongMin.level() + 3);
        assertThat(units.children(sonHa.id())).extracting(OrgUnit::id).doesNotContain(school.id());
        assertThatThrownBy(() -> units.move(new MoveUnit(school.id(), leaf.id())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void dissolvingKeepsTheUnitAndItsHistory() {
        OrgUnit kdc = units.create(
                new CreateUnit(sonHa.id(), "RESIDENTIAL_AREA", "Bản sẽ sáp nhập", LocalDate.of(2021, 1, 1)));

        units.dissolve(new DissolveUnit(kdc.id(), LocalDate.of(2022, 12, 31)));

        OrgUnit after = units.get(kdc.id());
        assertThat(after.validTo()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(after.validOn(LocalDate.of(2022, 8, 15))).isTrue();
        assertThat(after.dissolvedBy(LocalDate.of(2023, 1, 1))).isTrue();
        assertThatThrownBy(() -> units.dissolve(new DissolveUnit(kdc.id(), LocalDate.of(2020, 1, 1))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void oddAndOverlongUnicodeNamesAreRefusedAndDecomposedOnesStoredAsNfc() {
        String decomposed = Normalizer.normalize("Bản Nà Ngàm", Normalizer.Form.NFD);
        OrgUnit stored = units.create(new CreateUnit(sonHa.id(), "RESIDENTIAL_AREA", decomposed, null));
        assertThat(stored.name()).isEqualTo("Bản Nà Ngàm");
        assertThat(Normalizer.isNormalized(stored.name(), Normalizer.Form.NFC)).isTrue();
        long before =
                jdbc.sql("select count(*) from org_unit").query(Long.class).single();

        for (String bad :
                new String[] {"", "   ", "Bản\u202EHả", "Bản\u0000Hả", "Bản\u200BHả", "a".repeat(201), "\uD83D"}) {
            assertThatThrownBy(() -> units.create(new CreateUnit(sonHa.id(), "RESIDENTIAL_AREA", bad, null)))
                    .as("name %s", bad)
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(units.create(new CreateUnit(sonHa.id(), "RESIDENTIAL_AREA", "Ả".repeat(200), null))
                        .name())
                .hasSize(200);
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void aStaleRenameIsAnsweredWithAConflictNotASilentOverwrite() {
        OrgUnit kdc = units.create(new CreateUnit(sonHa.id(), "RESIDENTIAL_AREA", "Bản đổi tên", null));
        units.rename(new RenameUnit(kdc.id(), "Bản đổi tên lần một", kdc.version()));

        assertThatThrownBy(() -> units.rename(new RenameUnit(kdc.id(), "Bản đổi tên lần hai", kdc.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(units.get(kdc.id()).name()).isEqualTo("Bản đổi tên lần một");
        assertThat(jdbc.sql("select summary from audit_entry where action = 'UNIT_RENAMED' and target = ?")
                        .param("org_unit:" + kdc.code())
                        .query(String.class)
                        .list())
                .containsExactly("Bản đổi tên → Bản đổi tên lần một");
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirSubtreeAndMayNotChangeAdministrativeUnits() {
        signedIn.as("sonha");

        assertThat(units.get(sonHa.id()).name()).isEqualTo("Xã Sơn Hà");
        assertThatThrownBy(() -> units.get(muongMin.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> units.get(quanSon.id())).isInstanceOf(NotFoundException.class);
        assertThat(units.search("muong min", null, 10).items()).isEmpty();
        assertThat(units.roots()).extracting(OrgUnit::code).containsExactly("15004");
        assertThatThrownBy(() -> units.rename(new RenameUnit(sonHa.id(), "Xã Khác", sonHa.version())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theStandingOfficeAddsNonTerritorialUnitsInItsSubtreeOnly() {
        signedIn.as("thuongtruc");

        OrgUnit kdc = units.create(new CreateUnit(sonHa.id(), "RESIDENTIAL_AREA", "Bản do thường trực thêm", null));
        assertThat(kdc.parentCode()).isEqualTo("15004");
        assertThatThrownBy(() -> units.create(new CreateUnit(sonHa.id(), "COMMUNE", "Xã mới", null)))
                .isInstanceOf(ValidationException.class);
        OrgUnit otherDistrict = units.systemFind("2024", "380").orElseThrow();
        assertThatThrownBy(() ->
                        units.create(new CreateUnit(otherDistrict.id(), "RESIDENTIAL_AREA", "Ngoài phạm vi", null)))
                .isInstanceOf(NotFoundException.class);
    }
}
