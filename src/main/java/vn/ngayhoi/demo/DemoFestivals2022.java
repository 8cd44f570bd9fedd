package vn.ngayhoi.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.festival.Invitations;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Formats;

/**
 * The 2022 festivals of Quan Sơn as they stood on 23/08/2022, one per commune and agreeing with the
 * results reports of {@link DemoReports2022}: nine held with their attendance and the steps of the
 * phần lễ held (Sơn Hà as the pilot site on 15/08 with the "Camera đối với ANTT" launch, its Giấy mời
 * issued and the district chairman named to attend), Trung Tiến postponed to a new date, Tam Thanh
 * cancelled with its reason, Mường Mìn registered for 12/08 with no results entered (so it reads "Chờ
 * ghi kết quả", which is why it has not reported), and two of Sơn Hà's khu dân cư held.
 */
@Component
class DemoFestivals2022 {

    /** One commune's festival: where and when, what became of it and, when held, who came. */
    record Planned(
            String code,
            int day,
            String from,
            String to,
            String venue,
            FestivalStatus status,
            String reason,
            Map<String, Integer> attendance) {

        int total() {
            return attendance.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static final String POSTPONED = "14999";
    static final String CANCELLED = "15007";

    /** The commune festivals; a report's figures are read from here (see {@link #attendance}). */
    static final List<Planned> COMMUNES = List.of(
            new Planned(
                    "14995",
                    5,
                    "07:30",
                    "10:30",
                    "Nhà văn hóa xã Trung Xuân",
                    FestivalStatus.HELD,
                    null,
                    attendance(45, 260, 80, 12)),
            new Planned(
                    "14998",
                    16,
                    "07:30",
                    "11:00",
                    "Nhà văn hóa xã Trung Thượng",
                    FestivalStatus.HELD,
                    null,
                    attendance(42, 310, 95, 11)),
            new Planned(
                    POSTPONED,
                    27,
                    "07:30",
                    "11:00",
                    "Sân bóng xã Trung Tiến",
                    FestivalStatus.POSTPONED,
                    "Mưa lớn ngày 10/08/2022, đường vào các bản bị sạt lở; Ngày hội hoãn từ ngày 11/08/2022 sang"
                            + " ngày 27/08/2022.",
                    Map.of()),
            new Planned(
                    "15001",
                    13,
                    "07:30",
                    "11:00",
                    "Sân vận động xã Trung Hạ",
                    FestivalStatus.HELD,
                    null,
                    attendance(36, 240, 70, 10)),
            new Planned(
                    DemoScenario.SON_HA,
                    15,
                    "07:30",
                    "11:30",
                    "Sân vận động trung tâm xã Sơn Hà",
                    FestivalStatus.HELD,
                    null,
                    attendance(85, 520, 150, 25)),
            new Planned(
                    CANCELLED,
                    18,
                    "07:30",
                    "11:00",
                    "Nhà văn hóa xã Tam Thanh",
                    FestivalStatus.CANCELLED,
                    "Lũ quét ngày 14/08/2022 làm hư hỏng nhà văn hóa và đường vào các bản; xã tập trung khắc phục"
                            + " hậu quả, lồng ghép nội dung Ngày hội vào các cuộc họp dân ở bản.",
                    Map.of()),
            new Planned(
                    "15010",
                    18,
                    "14:00",
                    "17:00",
                    "Sân vận động xã Sơn Thủy",
                    FestivalStatus.HELD,
                    null,
                    attendance(40, 285, 75, 12)),
            new Planned(
                    DemoReports2022.RETURNED,
                    14,
                    "07:30",
                    "11:00",
                    "Sân trường THCS xã Na Mèo",
                    FestivalStatus.HELD,
                    null,
                    // 820 people, as the minutes say; the report typed 1.200 and was returned for it
                    attendance(48, 560, 180, 32)),
            new Planned(
                    "15016",
                    8,
                    "14:00",
                    "17:00",
                    "Sân vận động thị trấn Sơn Lư",
                    FestivalStatus.HELD,
                    null,
                    attendance(38, 190, 65, 10)),
            new Planned(
                    "15019",
                    17,
                    "07:30",
                    "11:00",
                    "Nhà văn hóa xã Tam Lư",
                    FestivalStatus.HELD,
                    null,
                    attendance(39, 275, 88, 12)),
            new Planned(
                    "15022",
                    11,
                    "07:30",
                    "11:00",
                    "Sân vận động xã Sơn Điện",
                    FestivalStatus.HELD,
                    null,
                    attendance(41, 298, 84, 11)),
            new Planned(
                    DemoScenario.MUONG_MIN,
                    12,
                    "07:30",
                    "11:00",
                    "Nhà văn hóa xã Mường Mìn",
                    FestivalStatus.REGISTERED,
                    null,
                    Map.of()));

    /** Sơn Hà's khu dân cư that held their own festival (Sơn Hà's report counts 2). */
    static final Map<String, Planned> SON_HA_AREAS = Map.of(
            "Bản Hả",
            new Planned(
                    "Bản Hả",
                    13,
                    "19:00",
                    "21:30",
                    "Nhà văn hóa bản Hả",
                    FestivalStatus.HELD,
                    null,
                    attendance(8, 140, 45, 3)),
            "Bản Bóng",
            new Planned(
                    "Bản Bóng",
                    14,
                    "19:00",
                    "21:30",
                    "Sân nhà văn hóa bản Bóng",
                    FestivalStatus.HELD,
                    null,
                    attendance(7, 120, 38, 3)));

    private static final LocalDate INVITED_ON = LocalDate.of(2022, 8, 8);

    private final FestivalManagement festivals;
    private final vn.ngayhoi.festival.FestivalDefaults festivalDefaults;
    private final vn.ngayhoi.festival.FestivalLeaders leaders;
    private final Invitations invitations;
    private final AccountManagement accounts;
    private final OrgUnitManagement units;

    DemoFestivals2022(
            FestivalManagement festivals,
            vn.ngayhoi.festival.FestivalDefaults festivalDefaults,
            vn.ngayhoi.festival.FestivalLeaders leaders,
            Invitations invitations,
            AccountManagement accounts,
            OrgUnitManagement units) {
        this.festivals = festivals;
        this.festivalDefaults = festivalDefaults;
        this.leaders = leaders;
        this.invitations = invitations;
        this.accounts = accounts;
        this.units = units;
    }

    /** The festival of a commune of the demo. */
    static Planned of(String code) {
        return COMMUNES.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    void load(Campaign campaign, OrgUnit sonHa) {
        List<String> all = List.of("Đại biểu cấp tỉnh", "Đại biểu cấp huyện", "Đại biểu địa phương");
        for (Planned p : COMMUNES) {
            OrgUnit unit = units.systemFind(DemoScenario.STRUCTURE, p.code()).orElseThrow();
            boolean pilot = p.code().equals(DemoScenario.SON_HA);
            Festival f = create(campaign, unit, p, pilot, pilot ? all : all.subList(1, 3));
            if (pilot) {
                // The pilot was registered, invited to and given its leader before it was held.
                invitations.systemIssue(f.id(), INVITED_ON, "sonha");
                accounts.systemFindByUsername("chutich")
                        .ifPresent(u -> leaders.systemAssignLeader(f.id(), u.id(), u.username()));
            }
            if (p.status() == FestivalStatus.HELD) {
                held(f, unit, p);
            }
        }
        for (OrgUnit child : units.systemUnitsOfTypes(sonHa.path(), List.of("RESIDENTIAL_AREA"))) {
            Planned p = SON_HA_AREAS.get(child.name());
            if (p != null) {
                held(create(campaign, child, p, false, List.of("Đại biểu địa phương")), child, p);
            }
        }
    }

    /**
     * Made as registered (or postponed, cancelled with their reason) with the programme from the plan;
     * a held one then gets its results like a unit records them.
     */
    private Festival create(Campaign campaign, OrgUnit unit, Planned p, boolean pilot, List<String> delegates) {
        FestivalDetails d = festivalDefaults.defaults(campaign.id(), unit.id());
        FestivalDetails details = new FestivalDetails(
                d.programme(),
                d.activities(),
                Map.of("CADRES", 40, "PEOPLE", 250, "YOUTH", 70, "POLICE", 12),
                delegates,
                pilot ? d.modelLaunch() : null,
                Map.of(),
                List.of(),
                null);
        FestivalStatus stored = p.status() == FestivalStatus.HELD ? FestivalStatus.REGISTERED : p.status();
        return festivals.systemCreate(
                campaign.id(),
                unit.id(),
                at(p.day(), p.from()),
                at(p.day(), p.to()),
                p.venue(),
                pilot,
                stored,
                details,
                p.reason());
    }

    /** Every step of the phần lễ held except the optional ones; a pledge and gifts as most communes did. */
    private void held(Festival f, OrgUnit unit, Planned p) {
        List<Boolean> steps = new ArrayList<>();
        f.details().programme().forEach(s -> steps.add(!s.optional()));
        festivals.systemRecordResults(
                f.id(),
                p.attendance(),
                steps,
                List.of(new FestivalDetails.Pledge(List.of(unit.name(), "Công an huyện Quan Sơn"))),
                "10 suất quà cho gia đình chính sách và lực lượng nòng cốt");
    }

    private static Map<String, Integer> attendance(int cadres, int people, int youth, int police) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("CADRES", cadres);
        m.put("PEOPLE", people);
        m.put("YOUTH", youth);
        m.put("POLICE", police);
        return m;
    }

    private static OffsetDateTime at(int day, String time) {
        return LocalDate.of(2022, 8, day)
                .atTime(LocalTime.parse(time))
                .atZone(Formats.ZONE)
                .toOffsetDateTime();
    }
}
