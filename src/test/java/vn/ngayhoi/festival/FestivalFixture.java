package vn.ngayhoi.festival;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.SignedIn;

/**
 * The festivals these tests share, made once per test database (all integration tests share one):
 * Bản Chiềng (Trung Hạ) registered and public, Bản Lửa (Tam Lư) registered with an internal note,
 * Bản Bơn (Sơn Điện) held today with attendance 345 and a note, a school's cancelled festival and a
 * residential area's planned one. They are khu dân cư made here because every commune of the demo
 * already has its own festival, which the demo keeps consistent with its report.
 */
final class FestivalFixture {

    static final String TRUNG_HA = "15001";
    static final String TAM_LU = "15019";
    static final String SON_DIEN = "15022";
    static final String AREA_A = "Bản Chiềng";
    static final String AREA_B = "Bản Lửa";
    static final String AREA_C = "Bản Bơn";

    static final String VENUE_A = "Sân vận động xã Trung Hạ, bản Chiềng";
    static final String STEP_A = "Tuyên dương điển hình tiên tiến bảo vệ an ninh";
    static final String ACTIVITY_A = "Thi kéo co giữa các bản";
    static final String DELEGATE_A = "Đại diện Ban Chỉ đạo 138 huyện Quan Sơn";
    static final String VENUE_B = "Nhà văn hóa bản Lửa, xã Tam Lư";
    static final String NOTE_B = "Ghi chú nội bộ: đối tượng NB-7781 cần theo dõi";
    static final String VENUE_C = "Sân trường bản Bơn, xã Sơn Điện";
    static final String NOTE_C = "Ghi chú nội bộ: kinh phí còn thiếu SD-4410";
    static final String VENUE_CANCELLED = "Sân trường đã hủy HUY-5520";
    static final String VENUE_PLANNED = "Bãi đất dự kiến DK-6630";
    static final String SCHOOL = "Trường THCS thử Ngày hội Tam Lư";
    static final String AREA = "Bản thử Ngày hội Sơn Điện";

    record Ids(long campaignId, long registered, long noted, long held, long cancelled, long planned) {}

    private static Ids ids;

    private FestivalFixture() {}

    static synchronized Ids ensure(
            FestivalManagement festivals, OrgUnitManagement units, JdbcClient jdbc, SignedIn signedIn) {
        if (ids != null) {
            return ids;
        }
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        FestivalDetails detailsA = new FestivalDetails(
                List.of(
                        new FestivalDetails.Step("Chào cờ, tuyên bố lý do, giới thiệu đại biểu", false, null),
                        new FestivalDetails.Step(STEP_A, false, null)),
                List.of(ACTIVITY_A, "Thi đẩy gậy"),
                Map.of("Nhân dân", 300),
                List.of(DELEGATE_A, "Đảng ủy, HĐND, UBND, UBMTTQ xã Trung Hạ"),
                null,
                Map.of(),
                List.of(),
                null);
        OrgUnit areaA = units.systemCreate(new CreateUnit(unit(jdbc, TRUNG_HA), "RESIDENTIAL_AREA", AREA_A, null));
        OrgUnit areaB = units.systemCreate(new CreateUnit(unit(jdbc, TAM_LU), "RESIDENTIAL_AREA", AREA_B, null));
        OrgUnit areaC = units.systemCreate(new CreateUnit(unit(jdbc, SON_DIEN), "RESIDENTIAL_AREA", AREA_C, null));
        long a = festivals
                .systemCreate(
                        campaign,
                        areaA.id(),
                        at(15, 7, 30),
                        at(15, 11, 30),
                        VENUE_A,
                        false,
                        FestivalStatus.REGISTERED,
                        detailsA,
                        null)
                .id();
        FestivalDetails plain = new FestivalDetails(
                List.of(new FestivalDetails.Step("Khai mạc", false, null)),
                List.of("Văn nghệ"),
                Map.of(),
                List.of(),
                null,
                Map.of(),
                List.of(),
                null);
        signedIn.as("thuongtruc");
        long b;
        long c;
        try {
            b = festivals
                    .create(new FestivalCommand(
                            campaign, areaB.code(), at(16, 8, 0), at(16, 11, 0), VENUE_B, false, plain, NOTE_B, true))
                    .id();
            c = festivals
                    .create(new FestivalCommand(
                            campaign, areaC.code(), at(10, 7, 0), at(10, 17, 0), VENUE_C, true, plain, NOTE_C, true))
                    .id();
            festivals.recordResults(
                    c, Map.of("Nhân dân", 300, "Đại biểu", 45), List.of(true), List.of(), "Quà tặng hộ nghèo");
        } finally {
            signedIn.clear();
        }
        long school = units.systemCreate(new CreateUnit(unit(jdbc, TAM_LU), "SCHOOL", SCHOOL, null))
                .id();
        long area = units.systemCreate(new CreateUnit(unit(jdbc, SON_DIEN), "RESIDENTIAL_AREA", AREA, null))
                .id();
        long d = festivals
                .systemCreate(
                        campaign,
                        school,
                        at(17, 8, 0),
                        at(17, 11, 0),
                        VENUE_CANCELLED,
                        false,
                        FestivalStatus.CANCELLED,
                        plain,
                        "Mưa lớn kéo dài")
                .id();
        long e = festivals
                .systemCreate(
                        campaign,
                        area,
                        at(18, 8, 0),
                        at(18, 11, 0),
                        VENUE_PLANNED,
                        false,
                        FestivalStatus.PLANNED,
                        plain,
                        null)
                .id();
        ids = new Ids(campaign, a, b, c, d, e);
        return ids;
    }

    static long unit(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from org_unit where structure_code = '2024' and code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    static OffsetDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2022, 8, day, hour, minute).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
