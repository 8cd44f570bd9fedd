package vn.ngayhoi.report.internal;

import java.math.BigDecimal;
import java.util.List;
import vn.ngayhoi.report.ReportForm.Comparison;
import vn.ngayhoi.report.ReportForm.Definition;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportForm.IndicatorType;
import vn.ngayhoi.report.ReportForm.Rule;
import vn.ngayhoi.report.ReportForm.Section;

/**
 * The festival results form every new campaign starts with: what the 2022 plan asks units to report
 * (festivals held, participants, propaganda, commendations, models, the forum, the budget). The
 * standing office changes it per campaign.
 */
public final class DefaultForm {

    public static final String TITLE = "Báo cáo kết quả tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”";

    /** The types that report by default: communes, wards and townships. */
    public static final List<String> COMMUNE_TYPES = List.of("COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE");

    private DefaultForm() {}

    public static Definition definition() {
        return new Definition(
                List.of(
                        new Section(
                                "I. Tổ chức Ngày hội",
                                List.of(
                                        count(
                                                "held_commune",
                                                "Số xã, phường, thị trấn tổ chức Ngày hội",
                                                "festivals.held:COMMUNE,WARD,TOWNSHIP,SPECIAL_ZONE"),
                                        count(
                                                "held_residential",
                                                "Số khu dân cư tổ chức Ngày hội",
                                                "festivals.held:RESIDENTIAL_AREA"),
                                        count(
                                                "held_agency",
                                                "Số cơ quan, doanh nghiệp tổ chức Ngày hội",
                                                "festivals.held:AGENCY,ENTERPRISE,DEPARTMENT"),
                                        count(
                                                "held_school",
                                                "Số cơ sở giáo dục tổ chức Ngày hội",
                                                "festivals.held:SCHOOL"),
                                        required(count(
                                                "participants", "Số lượt người tham dự", "festivals.participants")),
                                        count("delegates", "Số đại biểu dự", null),
                                        new Indicator(
                                                "format",
                                                "Hình thức tổ chức",
                                                IndicatorType.CHOICE,
                                                false,
                                                null,
                                                null,
                                                List.of("Tập trung", "Kết hợp trực tuyến", "Lồng ghép"),
                                                null))),
                        new Section(
                                "II. Tuyên truyền",
                                List.of(
                                        count("banners", "Băng rôn treo", "propaganda.BANNER"),
                                        count("slogans", "Khẩu hiệu, pano, áp phích", "propaganda.SLOGAN"),
                                        count("leaflets", "Tờ rơi, tài liệu phát", "propaganda.LEAFLET"),
                                        count(
                                                "broadcasts",
                                                "Lượt phát thanh trên loa truyền thanh",
                                                "propaganda.LOUDSPEAKER"),
                                        count("social_posts", "Bài đăng trên mạng xã hội", "propaganda.SOCIAL"),
                                        count("press_articles", "Tin, bài trên báo chí", "propaganda.PRESS"))),
                        new Section(
                                "III. Khen thưởng",
                                List.of(
                                        count(
                                                "collectives_proposed",
                                                "Tập thể được đề nghị khen thưởng",
                                                "commendations.collectives_proposed"),
                                        count(
                                                "collectives_commended",
                                                "Tập thể được khen thưởng",
                                                "commendations.collectives_commended"),
                                        count(
                                                "individuals_proposed",
                                                "Cá nhân được đề nghị khen thưởng",
                                                "commendations.individuals_proposed"),
                                        count(
                                                "individuals_commended",
                                                "Cá nhân được khen thưởng",
                                                "commendations.individuals_commended"))),
                        new Section(
                                "IV. Mô hình, diễn đàn",
                                List.of(
                                        count("models_launched", "Mô hình ra mắt", "models.launched"),
                                        count("models_replicated", "Mô hình được nhân rộng", "models.replicated"),
                                        count(
                                                "opinions_received",
                                                "Ý kiến nhận được tại diễn đàn",
                                                "opinions.received"),
                                        count("opinions_answered", "Ý kiến đã trả lời", "opinions.answered"),
                                        new Indicator(
                                                "pledges_signed",
                                                "Có ký kết giao ước thi đua",
                                                IndicatorType.YES_NO,
                                                false,
                                                null,
                                                null,
                                                List.of(),
                                                null))),
                        new Section(
                                "V. Kinh phí",
                                List.of(new Indicator(
                                        "budget_spent",
                                        "Kinh phí đã chi (đồng)",
                                        IndicatorType.MONEY,
                                        false,
                                        BigDecimal.ZERO,
                                        null,
                                        List.of(),
                                        "budget.spent")))),
                List.of(
                        new Rule("collectives_commended", Comparison.LE, "collectives_proposed"),
                        new Rule("individuals_commended", Comparison.LE, "individuals_proposed"),
                        new Rule("opinions_answered", Comparison.LE, "opinions_received")));
    }

    private static Indicator count(String code, String label, String prefill) {
        return new Indicator(code, label, IndicatorType.INTEGER, false, BigDecimal.ZERO, null, List.of(), prefill);
    }

    private static Indicator required(Indicator i) {
        return new Indicator(i.code(), i.label(), i.type(), true, i.min(), i.max(), i.choices(), i.prefill());
    }
}
