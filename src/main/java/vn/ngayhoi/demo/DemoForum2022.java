package vn.ngayhoi.demo;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.forum.ForumHistory;
import vn.ngayhoi.forum.ForumHistory.Past;
import vn.ngayhoi.forum.OpinionStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Formats;

/**
 * The forum of 2022, and the one source of the reports' "ý kiến tiếp nhận / đã trả lời": each
 * commune that reported received the opinions its report counts (at its festival's forum when it
 * was held, online otherwise) and answered all but one, which arrived on 20/08 and is still within
 * its deadline. Sơn Hà's open one is answered and waits for the chairman's approval; one of its
 * answers is published; an insult sent to it online is hidden. Mường Mìn, which has not reported,
 * left an opinion of 02/08 unanswered past its deadline: it was escalated to the district on 18/08.
 */
@Component
class DemoForum2022 {

    private static final List<String[]> SAID = List.of(
            new String[] {
                "ANTT", "Đề nghị tăng cường tuần tra ban đêm ở khu vực chợ phiên, thời gian qua có trộm cắp xe máy."
            },
            new String[] {
                "MA_TUY", "Nghi có người lạ vào bản rủ thanh niên sử dụng ma túy, đề nghị Công an xã kiểm tra."
            },
            new String[] {
                "GIAO_THONG", "Đoạn đường qua trường học thiếu biển báo, xe tải chạy nhanh, nguy hiểm cho các cháu."
            },
            new String[] {"CHAY_NO", "Mùa khô, đề nghị hướng dẫn bà con cách phòng cháy khi đốt nương."},
            new String[] {
                "THU_TUC", "Làm căn cước công dân cho người già ở bản xa còn khó khăn, đề nghị tổ chức cấp lưu động."
            },
            new String[] {"MOI_TRUONG", "Có hiện tượng khai thác cát trái phép ở suối đầu bản, đề nghị xử lý."},
            new String[] {
                "KHAC", "Đề nghị duy trì tổ tự quản an ninh trật tự, hỗ trợ kinh phí mua đèn pin, áo phản quang."
            },
            new String[] {"ANTT", "Đề nghị tuyên truyền về lừa đảo qua mạng xã hội, nhiều người già bị lừa nạp thẻ."},
            new String[] {"GIAO_THONG", "Thanh niên đi xe máy không đội mũ bảo hiểm, lạng lách vào buổi tối."},
            new String[] {"ANTT", "Đề nghị lắp thêm camera an ninh ở ngã ba trung tâm xã."});

    private static final String ANSWER =
            "Công an xã đã tiếp thu, giao cán bộ phụ trách địa bàn kiểm tra, xử lý và thông báo kết quả tại"
                    + " cuộc họp bản gần nhất. Cảm ơn bà con đã phản ánh.";

    private final ForumHistory history;
    private final FestivalManagement festivals;
    private final OrgUnitManagement units;

    DemoForum2022(ForumHistory history, FestivalManagement festivals, OrgUnitManagement units) {
        this.history = history;
        this.festivals = festivals;
        this.units = units;
    }

    void load(Campaign campaign) {
        int n = 0;
        for (DemoReports2022.Sent s : DemoReports2022.SENT) {
            n++;
            OrgUnit unit = units.systemFind(DemoScenario.STRUCTURE, s.code()).orElseThrow();
            Festival festival = festivals
                    .systemOfUnit(campaign.id(), unit.id())
                    .filter(f -> f.status() == FestivalStatus.HELD)
                    .orElse(null);
            int day = festival == null ? 8 : DemoFestivals2022.of(s.code()).day();
            boolean sonHa = s.code().equals(DemoScenario.SON_HA);
            int received = 6 + n % 5;
            for (int i = 0; i < received; i++) {
                String[] said = SAID.get((n + i) % SAID.size());
                boolean open = i == received - 1;
                OffsetDateTime at = open ? at(20, 8, i) : at(day, 9, 10 * i);
                OffsetDateTime answered = open ? (sonHa ? at(22, 15, 0) : null) : at.plusDays(2 + i % 4);
                boolean atForum = festival != null && !open;
                boolean publish = sonHa && i == 0;
                history.systemRecord(new Past(
                        unit.id(),
                        atForum ? festival.id() : null,
                        said[0],
                        said[1],
                        i % 3 == 1 ? "Hà Văn " + (char) ('A' + i) : null,
                        null,
                        atForum ? "FORUM" : "ONLINE",
                        at,
                        open
                                ? (sonHa ? OpinionStatus.PENDING_APPROVAL : OpinionStatus.RECEIVED)
                                : OpinionStatus.ANSWERED,
                        answered == null ? null : ANSWER,
                        answered == null ? null : "canbo." + s.code(),
                        open ? null : answered,
                        open ? null : "chutich",
                        publish ? said[1] : null,
                        null,
                        null,
                        null,
                        atForum ? "canbo." + s.code() : null));
            }
            if (sonHa) {
                history.systemRecord(new Past(
                        unit.id(),
                        null,
                        "KHAC",
                        "Nội dung có lời lẽ xúc phạm cán bộ (đã ẩn).",
                        null,
                        null,
                        "ONLINE",
                        at(10, 21, 0),
                        OpinionStatus.HIDDEN,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "OFFENSIVE: lời lẽ xúc phạm, không có nội dung góp ý",
                        null,
                        null,
                        null));
            }
        }
        OrgUnit muongMin =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.MUONG_MIN).orElseThrow();
        OrgUnit quanSon =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.QUAN_SON).orElseThrow();
        history.systemRecord(new Past(
                muongMin.id(),
                null,
                "MA_TUY",
                "Ở bản giáp biên có người lạ qua lại ban đêm, nghi vận chuyển ma túy; đề nghị Công an kiểm tra.",
                null,
                null,
                "ONLINE",
                at(2, 20, 30),
                OpinionStatus.RECEIVED,
                null,
                null,
                null,
                null,
                null,
                null,
                quanSon.id(),
                at(18, 6, 30),
                null));
    }

    private static OffsetDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2022, 8, day, hour, 0)
                .plusMinutes(minute)
                .atZone(Formats.ZONE)
                .toOffsetDateTime();
    }
}
