package vn.ngayhoi.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.OfficialDocument.Table;
import vn.ngayhoi.shared.Formats;

/**
 * The three documents of evaluation in the NĐ 30 layout: a unit's Bản đăng ký, the authority's
 * Quyết định công nhận listing the recognised units and the Giấy công nhận of each. Pure functions
 * of their text, so the Phụ lục I checklist holds them as issued.
 */
public final class EvaluationDocuments {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Formats FMT = new Formats();

    private EvaluationDocuments() {}

    /** Who speaks: header lines, the abbreviation in the number, the place before the date, the name in the text. */
    public record Issuer(String parentBody, String issuingBody, String abbreviation, String place, String name) {}

    public static String standard(int year) {
        return "Đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm " + year;
    }

    /** The Bản đăng ký a unit sends its recognising authority in quarter I. */
    public static OfficialDocument registration(
            Issuer issuer,
            LocalDate date,
            int year,
            RuleSet.Period period,
            String legalBasis,
            String resolutionRef,
            String planRef,
            List<Criterion> criteria,
            String addressee,
            Signature signature,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(plain("Căn cứ " + legalBasis + " quy định khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ"
                + " sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự”" + ref(resolutionRef, "nghị quyết")
                + ref(planRef, "kế hoạch") + ", " + issuer.name() + " đăng ký thực hiện tiêu chuẩn “An toàn về an ninh,"
                + " trật tự” năm " + year + " (kỳ đánh giá từ ngày " + FMT.date(period.start()) + " đến ngày "
                + FMT.date(period.end()) + ") với các tiêu chí sau:"));
        int i = 1;
        for (Criterion c : criteria) {
            if (c.required()) {
                body.add(new Bullet(i++ + ".", List.of(Run.plain(c.text() + ";"))));
            }
        }
        body.add(plain(issuer.name() + " cam kết tổ chức thực hiện đầy đủ các tiêu chí đã đăng ký, định kỳ sơ kết,"
                + " tổng kết và báo cáo kết quả theo quy định./."));
        return new OfficialDocument(
                        issuer.parentBody(),
                        issuer.issuingBody(),
                        numberLine,
                        Formats.placeDate(issuer.place(), date),
                        "BẢN ĐĂNG KÝ",
                        "Thực hiện tiêu chuẩn “An toàn về an ninh, trật tự” năm " + year,
                        body,
                        List.of("Như trên", "Lưu: VT"),
                        signature)
                .with(List.of(addressee), false);
    }

    /** One recognised unit in the decision's list. */
    public record Line(int no, String unitName, String kind, int score, String className) {}

    /** The Quyết định công nhận, its list of units annexed in Điều 1. */
    public static OfficialDocument decision(
            Issuer issuer,
            LocalDate date,
            int year,
            String deciderHeading,
            String legalBasis,
            String proposer,
            List<Line> lines,
            String signerName,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading(1, deciderHeading.toUpperCase(VI)));
        body.add(italic("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"));
        body.add(italic("Căn cứ " + legalBasis + ";"));
        body.add(italic("Xét đề nghị của " + proposer + "."));
        body.add(new Heading(1, "QUYẾT ĐỊNH:"));
        body.add(plain("Điều 1. Công nhận " + lines.size() + " khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp,"
                + " cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm " + year
                + " có tên trong danh sách sau:"));
        List<List<String>> rows = new ArrayList<>();
        for (Line l : lines) {
            rows.add(List.of(
                    Integer.toString(l.no()), l.unitName(), l.kind(), Integer.toString(l.score()), l.className()));
        }
        body.add(new Table(
                List.of("STT", "Tên đơn vị", "Loại", "Điểm", "Xếp loại phong trào"),
                rows,
                List.of(true, false, false, true, false),
                false));
        body.add(plain("Điều 2. Mỗi đơn vị có tên tại Điều 1 được cấp Giấy công nhận đạt tiêu chuẩn “An toàn về an"
                + " ninh, trật tự” năm " + year + "."));
        body.add(plain("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Công an, Văn phòng và các đơn vị có tên tại"
                + " Điều 1 chịu trách nhiệm thi hành Quyết định này./."));
        return new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                numberLine,
                Formats.placeDate(issuer.place(), date),
                "QUYẾT ĐỊNH",
                "Về việc công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm " + year,
                body,
                List.of("Như Điều 3", "Lưu: VT"),
                new Signature(null, "CHỦ TỊCH", null, signerName));
    }

    /** The Giấy công nhận of one unit, citing the decision that recognised it. */
    public static OfficialDocument certificate(
            Issuer issuer,
            LocalDate date,
            int year,
            String deciderName,
            String unitName,
            String kind,
            RuleSet.Period period,
            String className,
            String decisionNotation,
            LocalDate decisionDate,
            String signerName,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(plain(deciderName + " công nhận " + unitName + " (" + kind + ") đạt tiêu chuẩn “An toàn về an ninh,"
                + " trật tự” năm " + year + ", kỳ đánh giá từ ngày " + FMT.date(period.start()) + " đến ngày "
                + FMT.date(period.end()) + (className == null ? "" : "; xếp loại phong trào: " + className) + "."));
        body.add(plain("Theo Quyết định số " + decisionNotation + " ngày " + FMT.date(decisionDate) + "./."));
        return new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                numberLine,
                Formats.placeDate(issuer.place(), date),
                "GIẤY CÔNG NHẬN",
                standard(year),
                body,
                List.of(unitName, "Lưu: VT"),
                new Signature(null, "CHỦ TỊCH", null, signerName));
    }

    private static String ref(String ref, String what) {
        return ref == null || ref.isBlank() ? "" : ", " + what + " " + ref;
    }

    private static Paragraph plain(String text) {
        return new Paragraph(List.of(Run.plain(text)));
    }

    private static Paragraph italic(String text) {
        return new Paragraph(List.of(new Run(text, false, true)));
    }
}
