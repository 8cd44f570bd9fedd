package vn.ngayhoi.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Formats;

/**
 * The 2022 festivals of Quan Sơn as they stood on 10/08/2022: xã Sơn Hà as the pilot site on 15/08
 * with the "Camera đối với ANTT" launch and provincial delegates, the other communes on dates in the
 * window (two already held, with attendance), one postponed, and two residential areas.
 */
@Component
class DemoFestivals2022 {

    private final FestivalManagement festivals;
    private final OrgUnitManagement units;

    DemoFestivals2022(FestivalManagement festivals, OrgUnitManagement units) {
        this.festivals = festivals;
        this.units = units;
    }

    void load(Campaign campaign, OrgUnit sonHa) {
        List<String> all = List.of("Đại biểu cấp tỉnh", "Đại biểu cấp huyện", "Đại biểu địa phương");
        add(
                campaign,
                DemoScenario.SON_HA,
                15,
                "07:30",
                "11:30",
                "Sân vận động trung tâm xã Sơn Hà",
                true,
                FestivalStatus.REGISTERED,
                null,
                all,
                Map.of());
        add(
                campaign,
                "14995",
                5,
                "07:30",
                "10:30",
                "Nhà văn hóa xã Trung Xuân",
                false,
                FestivalStatus.HELD,
                null,
                all.subList(1, 3),
                Map.of("CADRES", 45, "PEOPLE", 260, "YOUTH", 80, "POLICE", 12));
        add(
                campaign,
                "15016",
                8,
                "14:00",
                "17:00",
                "Sân vận động thị trấn Sơn Lư",
                false,
                FestivalStatus.HELD,
                null,
                all.subList(2, 3),
                Map.of("CADRES", 38, "PEOPLE", 190, "YOUTH", 65, "POLICE", 10));
        add(
                campaign,
                DemoScenario.MUONG_MIN,
                12,
                "07:30",
                "11:00",
                "Nhà văn hóa xã Mường Mìn",
                false,
                FestivalStatus.REGISTERED,
                null,
                all.subList(1, 3),
                Map.of());
        add(
                campaign,
                "14999",
                11,
                "07:30",
                "11:00",
                "Sân bóng xã Trung Tiến",
                false,
                FestivalStatus.POSTPONED,
                "Mưa lớn, đường vào các bản bị sạt lở; xã sẽ đăng ký lại ngày mới.",
                all.subList(2, 3),
                Map.of());
        for (OrgUnit child : units.systemUnitsOfTypes(sonHa.path(), List.of("RESIDENTIAL_AREA"))) {
            if (child.name().equals("Bản Hả")) {
                addUnit(campaign, child, 13, "19:00", "21:30", "Nhà văn hóa bản Hả", FestivalStatus.REGISTERED);
            } else if (child.name().equals("Bản Bóng")) {
                addUnit(campaign, child, 14, "19:00", "21:30", "Sân nhà văn hóa bản Bóng", FestivalStatus.PLANNED);
            }
        }
    }

    private void add(
            Campaign campaign,
            String code,
            int day,
            String from,
            String to,
            String venue,
            boolean pilot,
            FestivalStatus status,
            String reason,
            List<String> delegates,
            Map<String, Integer> attendance) {
        OrgUnit unit = units.systemFind(DemoScenario.STRUCTURE, code).orElseThrow();
        FestivalDetails d = festivals.defaults(campaign.id(), unit.id());
        List<FestivalDetails.Step> steps = status == FestivalStatus.HELD
                ? d.programme().stream()
                        .map(s -> new FestivalDetails.Step(s.title(), s.optional(), !s.optional()))
                        .toList()
                : d.programme();
        FestivalDetails details = new FestivalDetails(
                steps,
                d.activities(),
                Map.of("CADRES", 40, "PEOPLE", 250, "YOUTH", 70, "POLICE", 12),
                delegates,
                pilot ? d.modelLaunch() : null,
                attendance,
                status == FestivalStatus.HELD
                        ? List.of(new FestivalDetails.Pledge(List.of(unit.name(), "Công an huyện Quan Sơn")))
                        : List.of(),
                status == FestivalStatus.HELD ? "10 suất quà cho gia đình chính sách và lực lượng nòng cốt" : null);
        festivals.systemCreate(
                campaign.id(), unit.id(), at(day, from), at(day, to), venue, pilot, status, details, reason);
    }

    private void addUnit(
            Campaign campaign, OrgUnit unit, int day, String from, String to, String venue, FestivalStatus status) {
        festivals.systemCreate(
                campaign.id(),
                unit.id(),
                at(day, from),
                at(day, to),
                venue,
                false,
                status,
                festivals.defaults(campaign.id(), unit.id()),
                null);
    }

    private static OffsetDateTime at(int day, String time) {
        return LocalDate.of(2022, 8, day)
                .atTime(LocalTime.parse(time))
                .atZone(Formats.ZONE)
                .toOffsetDateTime();
    }
}
