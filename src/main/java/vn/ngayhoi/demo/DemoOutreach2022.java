package vn.ngayhoi.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.outreach.Coverage;
import vn.ngayhoi.outreach.ModelRegistry;
import vn.ngayhoi.outreach.PropagandaChannel;
import vn.ngayhoi.outreach.PropagandaLog;

/**
 * Outreach in 2022, loaded before the reports so that their propaganda and model figures are the
 * log's and the registry's: every commune that reported logged its propaganda except Sơn Điện (which
 * typed its figures into the report), and Mường Mìn logged its broadcasts though it has not reported;
 * the pilot launched "Camera đối với ANTT" at its festival on 15/08/2022, replicated at Trung Hạ and
 * Tam Lư; Trung Thượng's "Dân vận khéo" model of 2021 was reviewed as effective for 2022; and Trung
 * tâm VHTT was assigned to film the pilot and recorded one video.
 */
@Component
class DemoOutreach2022 {

    /** Sơn Điện reported without logging: its propaganda figures are typed in its report. */
    static final String NOT_LOGGED = "15022";

    static final String CAMERA = "Camera đối với an ninh trật tự";
    static final List<String> CAMERA_COPIES = List.of("15001", "15019");
    static final String DAN_VAN = "14998";
    static final String VIDEO_LINK = "https://www.youtube.com/watch?v=QuanSon2022SonHa";

    private final PropagandaLog log;
    private final ModelRegistry registry;
    private final Coverage coverage;
    private final OrgUnitManagement units;
    private final FestivalManagement festivals;
    private final JdbcClient jdbc;

    DemoOutreach2022(
            PropagandaLog log,
            ModelRegistry registry,
            Coverage coverage,
            OrgUnitManagement units,
            FestivalManagement festivals,
            JdbcClient jdbc) {
        this.log = log;
        this.registry = registry;
        this.coverage = coverage;
        this.units = units;
        this.festivals = festivals;
        this.jdbc = jdbc;
    }

    /**
     * The counts a commune logged, by its place {@code n} (1-based) in {@link DemoReports2022#SENT}:
     * what the reports of the demo used to type, now entered once, in the log.
     */
    static int count(PropagandaChannel c, int n) {
        return switch (c) {
            case BANNER -> 4 + n % 4;
            case SLOGAN -> 10 + 2 * n;
            case LEAFLET -> 150 + 25 * n;
            case LOUDSPEAKER -> 12 + n;
            case SOCIAL -> 3 + n % 6;
            case PRESS -> n % 3;
            case MEETING -> 2 + n % 3;
        };
    }

    void load(Campaign campaign) {
        int n = 0;
        for (DemoReports2022.Sent s : DemoReports2022.SENT) {
            n++;
            if (s.code().equals(NOT_LOGGED)) {
                continue;
            }
            OrgUnit unit = commune(s.code());
            String by = s.code().equals(DemoScenario.SON_HA) ? "sonha" : "canbo." + s.code();
            for (PropagandaChannel c : PropagandaChannel.values()) {
                int count = count(c, n);
                if (count == 0) {
                    continue;
                }
                LocalDate day = LocalDate.of(2022, 8, 1 + (n + c.ordinal()) % 9);
                Integer reach = c == PropagandaChannel.MEETING ? 120 + 15 * n : null;
                String link = c == PropagandaChannel.SOCIAL
                        ? "https://www.facebook.com/conganxa" + s.code() + "/posts/2022081" + c.ordinal()
                        : null;
                String note = c == PropagandaChannel.LOUDSPEAKER ? "Phát bản tin về Ngày hội, mỗi lượt 15 phút" : null;
                log.systemLog(campaign, unit, c, day, count, reach, link, note, by);
            }
        }
        log.systemLog(
                campaign,
                commune(DemoScenario.MUONG_MIN),
                PropagandaChannel.LOUDSPEAKER,
                LocalDate.of(2022, 8, 8),
                6,
                null,
                null,
                "Phát trên loa các bản vùng biên",
                "muongmin");

        OrgUnit sonHa = commune(DemoScenario.SON_HA);
        long pilotFestival = jdbc.sql("select id from festival where campaign_id = ? and unit_id = ?")
                .params(campaign.id(), sonHa.id())
                .query(Long.class)
                .single();
        long camera = registry.systemRegister(
                sonHa,
                CAMERA,
                "Camera an ninh",
                LocalDate.of(2022, 8, 15),
                pilotFestival,
                "Lắp camera giám sát tại các ngã ba, trung tâm xã và bến đò; Công an xã theo dõi, phát hiện vi phạm.",
                null);
        registry.systemRegister(
                commune(CAMERA_COPIES.get(0)),
                CAMERA + " (nhân rộng từ xã Sơn Hà)",
                "Camera an ninh",
                LocalDate.of(2022, 8, 18),
                null,
                "Lắp 6 camera tại trung tâm xã và trục đường chính theo cách làm của xã Sơn Hà.",
                camera);
        registry.systemRegister(
                commune(CAMERA_COPIES.get(1)),
                CAMERA + " (nhân rộng từ xã Sơn Hà)",
                "Camera an ninh",
                LocalDate.of(2022, 8, 19),
                null,
                "Lắp 4 camera tại các bản giáp ranh theo cách làm của xã Sơn Hà.",
                camera);
        long danVan = registry.systemRegister(
                commune(DAN_VAN),
                "Dân vận khéo trong bảo đảm an ninh trật tự ở bản vùng cao",
                "Dân vận khéo",
                LocalDate.of(2021, 9, 10),
                null,
                "Cán bộ Công an xã phụ trách từng bản, phối hợp người có uy tín hòa giải mâu thuẫn từ cơ sở.",
                null);
        registry.systemReview(
                danVan,
                2022,
                true,
                "Hòa giải thành 12 vụ mâu thuẫn, không để xảy ra đơn thư vượt cấp; được Nhân dân đồng tình.",
                "thuongtruc");

        OrgUnit quanSon = commune(DemoScenario.QUAN_SON);
        OrgUnit centre = units.systemUnitsOfTypes(quanSon.path(), List.of("DEPARTMENT")).stream()
                .filter(u -> u.name().startsWith("Trung tâm Văn hóa"))
                .findFirst()
                .orElseThrow();
        Festival pilot = festivals.systemFind(pilotFestival).orElseThrow();
        long assignment =
                coverage.systemAssign(pilot, centre, List.of("FILM", "PHOTO"), LocalDate.of(2022, 8, 20), "thuongtruc");
        coverage.systemRecord(
                assignment,
                new Coverage.NewItem(
                        "VIDEO",
                        "Phóng sự: Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại xã Sơn Hà",
                        "Trung tâm VHTT-TT&DL huyện Quan Sơn",
                        LocalDate.of(2022, 8, 16),
                        VIDEO_LINK),
                "system");
    }

    private OrgUnit commune(String code) {
        return units.systemFind(DemoScenario.STRUCTURE, code).orElseThrow();
    }
}
