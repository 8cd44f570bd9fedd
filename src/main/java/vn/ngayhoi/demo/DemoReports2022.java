package vn.ngayhoi.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.outreach.PropagandaChannel;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.report.ReportStatus;
import vn.ngayhoi.report.UpwardReports;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.task.ChasingLetters;

/**
 * The 2022 results reports as they stood on 23/08/2022: most communes reported by the deadline of
 * 20/08 and were accepted, two reported late, two wait for review, Na Mèo was returned with a
 * reason, and Mường Mìn has not reported. Each report's festival figures are those of the commune's
 * own festival in {@link DemoFestivals2022} (held: one festival and its attendance; postponed or
 * cancelled: none). The standing office chased the two units without a report in a công văn đôn đốc
 * on 21/08, and the district's upward report is drafted.
 */
@Component
class DemoReports2022 {

    /** Code, day and hour of submission in August 2022, and the outcome. */
    record Sent(String code, int day, int hour, ReportStatus outcome) {}

    static final String RETURNED = DemoScenario.NA_MEO;
    static final String RETURN_REASON =
            "Số người tham dự (1.200) chưa khớp với biên bản Ngày hội gửi kèm (820 người); đề nghị xã kiểm tra, sửa lại"
                    + " và bổ sung ảnh hoạt động phần hội.";

    static final List<Sent> SENT = List.of(
            new Sent("14995", 17, 9, ReportStatus.ACCEPTED),
            new Sent("14998", 18, 15, ReportStatus.ACCEPTED),
            new Sent("14999", 19, 10, ReportStatus.ACCEPTED),
            new Sent("15001", 19, 16, ReportStatus.ACCEPTED),
            new Sent(DemoScenario.SON_HA, 16, 10, ReportStatus.ACCEPTED),
            new Sent("15007", 20, 11, ReportStatus.ACCEPTED),
            new Sent("15010", 21, 9, ReportStatus.ACCEPTED),
            new Sent(RETURNED, 19, 14, ReportStatus.RETURNED),
            new Sent("15016", 20, 16, ReportStatus.SUBMITTED),
            new Sent("15019", 22, 10, ReportStatus.SUBMITTED),
            new Sent("15022", 18, 8, ReportStatus.ACCEPTED));

    /** Results as communes write them, so the upward report has different passages to pick from. */
    static final List<String> RESULTS = List.of(
            "Tổ chức Ngày hội đúng kế hoạch, nội dung phong phú; phần hội thu hút đông đảo Nhân dân các bản tham gia.",
            "Phần lễ trang trọng, biểu dương 3 tập thể và 5 cá nhân điển hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc.",
            "Ký kết giao ước thi đua giữa các bản giáp ranh; tổ chức thi kéo co, đẩy gậy thu hút đông đảo đoàn viên thanh niên.",
            "Lồng ghép tuyên truyền phòng, chống ma túy và mua bán người; tiếp nhận 8 ý kiến của Nhân dân tại diễn đàn, đã trả lời 7 ý kiến.",
            "Ra mắt tổ tự quản về an ninh trật tự ở các bản vùng biên, có sự tham gia của người có uy tín trong đồng bào.");

    /** What a commune whose festival did not take place wrote instead. */
    static final Map<String, String> NOT_HELD = Map.of(
            DemoFestivals2022.POSTPONED,
            "Ngày hội của xã hoãn từ ngày 11/08/2022 sang ngày 27/08/2022 do mưa lớn, đường vào các bản bị sạt lở;"
                    + " trong thời gian chờ, xã tuyên truyền trên loa truyền thanh và tại các buổi họp bản.",
            DemoFestivals2022.CANCELLED,
            "Xã không tổ chức Ngày hội tập trung do lũ quét ngày 14/08/2022; nội dung Ngày hội được lồng ghép vào"
                    + " các cuộc họp dân ở bản, biểu dương 2 tập thể và 3 cá nhân.");

    /** The day the standing office chased the units without a report. */
    static final LocalDate CHASED_ON = LocalDate.of(2022, 8, 21);

    private final ReportForms forms;
    private final ReportManagement reports;
    private final OrgUnitManagement units;
    private final UpwardReports upward;
    private final ChasingLetters letters;

    DemoReports2022(
            ReportForms forms,
            ReportManagement reports,
            OrgUnitManagement units,
            UpwardReports upward,
            ChasingLetters letters) {
        this.forms = forms;
        this.reports = reports;
        this.units = units;
        this.upward = upward;
        this.letters = letters;
    }

    void load(Campaign campaign) {
        ReportForm form = forms.systemDefineDefault(campaign);
        int n = 0;
        for (Sent s : SENT) {
            OrgUnit unit = units.systemFind(DemoScenario.STRUCTURE, s.code()).orElseThrow();
            Report draft = reports.systemOpen(form.id(), unit.id());
            Map<String, String> values = new LinkedHashMap<>(draft.data().values());
            n++;
            DemoFestivals2022.Planned festival = DemoFestivals2022.of(s.code());
            boolean held = festival.status() == FestivalStatus.HELD;
            values.put("held_commune", held ? "1" : "0");
            // Sơn Hà's khu dân cư and school are in the demo: it counts the two bản festivals on record
            // (schools are on summer holiday in August); the other communes' bản are not, so their
            // counts are as the communes typed them.
            boolean sonHa = s.code().equals(DemoScenario.SON_HA);
            values.put(
                    "held_residential",
                    sonHa
                            ? Integer.toString(DemoFestivals2022.SON_HA_AREAS.size())
                            : held ? Integer.toString(3 + n % 5) : "0");
            values.put("held_school", sonHa || !held ? "0" : Integer.toString(1 + n % 2));
            values.put("held_agency", held ? Integer.toString(n % 3) : "0");
            values.put("participants", s.code().equals(RETURNED) ? "1200" : Integer.toString(festival.total()));
            values.put("delegates", Integer.toString(25 + 3 * n));
            values.put("format", s.code().equals(DemoFestivals2022.CANCELLED) ? "Lồng ghép" : "Tập trung");
            // Propaganda figures come from the log (DemoOutreach2022), which the report prefilled; the
            // one commune that did not log types the same figures itself.
            if (!draft.data().prefilled().contains("banners")) {
                values.put("banners", Integer.toString(DemoOutreach2022.count(PropagandaChannel.BANNER, n)));
                values.put("slogans", Integer.toString(DemoOutreach2022.count(PropagandaChannel.SLOGAN, n)));
                values.put("leaflets", Integer.toString(DemoOutreach2022.count(PropagandaChannel.LEAFLET, n)));
                values.put("broadcasts", Integer.toString(DemoOutreach2022.count(PropagandaChannel.LOUDSPEAKER, n)));
                values.put("social_posts", Integer.toString(DemoOutreach2022.count(PropagandaChannel.SOCIAL, n)));
                values.put("press_articles", Integer.toString(DemoOutreach2022.count(PropagandaChannel.PRESS, n)));
            }
            // The commendation figures stay as prefilled from the 2022 round (DemoCommendations2022), and
            // models_launched and models_replicated as prefilled from the registry (DemoOutreach2022).
            // opinions_received and opinions_answered stay as prefilled from the forum (DemoForum2022).
            values.put("pledges_signed", n % 4 == 0 ? "false" : "true");
            // Sơn Hà's "kinh phí đã chi" is prefilled from its payments against the approved budget
            // (DemoBudget2022, the same 11.750.000 đ); the other communes spent their own money and type it.
            if (!draft.data().prefilled().contains("budget_spent")) {
                values.put("budget_spent", Integer.toString(8_000_000 + 750_000 * n));
            }
            ReportData.Narrative narrative = new ReportData.Narrative(
                    held
                            ? RESULTS.get(n % RESULTS.size())
                                    + (sonHa
                                            ? " Ra mắt mô hình “Camera đối với an ninh trật tự” tại trung tâm xã."
                                            : "")
                            : NOT_HELD.get(s.code()),
                    n % 3 == 0 ? "Một số bản ở xa, giao thông khó khăn nên số người tham dự còn ít." : null,
                    "Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số.",
                    n % 2 == 0 ? "Đề nghị huyện hỗ trợ thêm kinh phí cho các bản đặc biệt khó khăn." : null);
            OffsetDateTime sent = at(s.day(), s.hour());
            reports.systemRecord(
                    form.id(),
                    unit.id(),
                    new Entry(values, narrative),
                    sent,
                    s.outcome(),
                    s.outcome() == ReportStatus.RETURNED ? RETURN_REASON : null,
                    "canbo." + s.code(),
                    "thuongtruc",
                    sent.plusDays(1));
        }
        chase(campaign, form);
        upward.systemDraft(form.id());
    }

    /**
     * The công văn đôn đốc of 21/08, the day after the deadline, to the units whose report was not
     * in: Mường Mìn (none) and Na Mèo (returned on 20/08, not yet sent again); the same line the
     * reports page's "chase" button writes.
     */
    private void chase(Campaign campaign, ReportForm form) {
        String line = form.title() + " (hạn " + new Formats().date(form.deadline()) + ").";
        List<ChasingLetters.Overdue> missing = new java.util.ArrayList<>();
        for (String code : List.of(RETURNED, DemoScenario.MUONG_MIN)) {
            OrgUnit unit = units.systemFind(DemoScenario.STRUCTURE, code).orElseThrow();
            missing.add(new ChasingLetters.Overdue(unit.id(), unit.name(), List.of(line)));
        }
        letters.systemIssueFor(campaign.id(), CHASED_ON, "chưa gửi báo cáo kết quả", missing);
    }

    private static OffsetDateTime at(int day, int hour) {
        return LocalDateTime.of(2022, 8, day, hour, 0).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
