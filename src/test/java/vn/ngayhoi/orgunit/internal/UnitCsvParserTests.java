package vn.ngayhoi.orgunit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.orgunit.UnitType;
import vn.ngayhoi.shared.ValidationException;

class UnitCsvParserTests {

    private static final List<UnitType> TYPES = List.of(
            new UnitType("PROVINCE", "Tỉnh", true, 1, "Tỉnh ", null),
            new UnitType("CENTRAL_CITY", "Thành phố trực thuộc TW", true, 1, "Thành phố ", null),
            new UnitType("DISTRICT", "Huyện", true, 2, "Huyện ", null),
            new UnitType("PROVINCIAL_CITY", "Thành phố thuộc tỉnh", true, 2, "Thành phố ", null),
            new UnitType("COMMUNE", "Xã", true, 3, "Xã ", null),
            new UnitType("TOWNSHIP", "Thị trấn", true, 3, "Thị trấn ", null),
            new UnitType("RESIDENTIAL_AREA", "Khu dân cư", false, 4, null, "KDC"));

    private final UnitCsvParser parser = new UnitCsvParser(TYPES);

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final String HEADER = "code,name,level,parent_code";

    @Test
    void readsAValidListWithParentsBeforeChildrenAndTypesFromNames() {
        var rows = parser.parse(csv(
                HEADER,
                "15004,Xã Sơn Hà,commune,387",
                "38,Tỉnh Thanh Hóa,province,",
                "387,Huyện Quan Sơn,district,38",
                "15016,Thị trấn Sơn Lư,commune,387",
                "380,Thành phố Thanh Hóa,district,38"));

        assertThat(rows).extracting(UnitCsvParser.Row::code).containsExactly("38", "387", "380", "15004", "15016");
        assertThat(rows)
                .extracting(UnitCsvParser.Row::typeCode)
                .containsExactly("PROVINCE", "DISTRICT", "PROVINCIAL_CITY", "COMMUNE", "TOWNSHIP");
    }

    @Test
    void normalisesNamesToNfcAndAcceptsQuotedCellsAndCrLf() {
        String decomposed = Normalizer.normalize("Xã Sơn Hà", Normalizer.Form.NFD);
        var rows = parser.parse(
                ("\uFEFF" + HEADER + "\r\n38,\"Tỉnh Thanh Hóa\",province,\r\n387,Huyện Quan Sơn,district,38\r\n"
                                + "15004," + decomposed + ",commune,387\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(rows.get(2).name()).isEqualTo("Xã Sơn Hà");
        assertThat(Normalizer.isNormalized(rows.get(2).name(), Normalizer.Form.NFC))
                .isTrue();
        assertThat(rows.get(0).name()).isEqualTo("Tỉnh Thanh Hóa");
    }

    @Test
    void refusesAWrongColumnCountWithItsLine() {
        assertProblem(
                csv(HEADER, "38,Tỉnh Thanh Hóa,province,", "387,Huyện Quan Sơn,district"),
                "orgunit.import.error.columns",
                3);
    }

    @Test
    void refusesAnUnknownParentWithItsLine() {
        assertProblem(
                csv(
                        HEADER,
                        "38,Tỉnh Thanh Hóa,province,",
                        "387,Huyện Quan Sơn,district,38",
                        "15004,Xã Sơn Hà,commune,999"),
                "orgunit.import.error.parent",
                4);
    }

    @Test
    void refusesABadCodeWithItsLine() {
        assertProblem(
                csv(HEADER, "38,Tỉnh Thanh Hóa,province,", "38A,Huyện Quan Sơn,district,38"),
                "orgunit.import.error.code",
                3);
        assertProblem(csv(HEADER, "038,Tỉnh Thanh Hóa,province,"), "orgunit.import.error.code", 2);
    }

    @Test
    void refusesBytesThatAreNotUtf8WithTheirLine() {
        byte[] latin1 = (HEADER + "\n38,Tỉnh Thanh Hóa,province,\n387,Huyện Quan S").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[latin1.length + 12];
        System.arraycopy(latin1, 0, bad, 0, latin1.length);
        byte[] tail = {(byte) 0xF3, 'n', ',', 'd', 'i', 's', 't', 'r', 'i', 'c', 't', '\n'};
        System.arraycopy(tail, 0, bad, latin1.length, tail.length);

        assertProblem(bad, "orgunit.import.error.encoding", 3);
    }

    @Test
    void refusesAWrongHeaderDuplicatesUnknownLevelsAndNamesOfNoKnownType() {
        assertProblem(csv("ma,ten,cap,ma_cha", "38,Tỉnh Thanh Hóa,province,"), "orgunit.import.error.header", 1);
        assertProblem(
                csv(HEADER, "38,Tỉnh Thanh Hóa,province,", "38,Tỉnh Nghệ An,province,"),
                "orgunit.import.error.duplicate",
                3);
        assertProblem(csv(HEADER, "38,Tỉnh Thanh Hóa,state,"), "orgunit.import.error.level", 2);
        assertProblem(csv(HEADER, "38,Bang Thanh Hóa,province,"), "orgunit.import.error.type", 2);
        assertProblem(csv(HEADER), "orgunit.import.error.empty", null);
    }

    @Test
    void refusesAChildAttachedToAUnitOfTheSameOrLowerLevel() {
        assertProblem(
                csv(
                        HEADER,
                        "38,Tỉnh Thanh Hóa,province,",
                        "387,Huyện Quan Sơn,district,38",
                        "388,Huyện Mường Lát,district,387"),
                "orgunit.import.error.parentLevel",
                4);
    }

    private void assertProblem(byte[] content, String key, Integer line) {
        assertThatThrownBy(() -> parser.parse(content)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).messageKey()).isEqualTo(key);
            if (line != null) {
                assertThat(e.problems().get(0).args()[0]).isEqualTo(line);
            }
        });
    }
}
