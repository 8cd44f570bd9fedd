package vn.ngayhoi.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.OfficialDocument.Table;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.MoneyWords;

/**
 * The three documents of a round in the NĐ 30 layout: the unit's Tờ trình, the council's Biên bản
 * with its vote table and the chairman's Quyết định with the list of awardees and the money. Pure
 * functions of their text, so the Phụ lục I checklist holds them as issued.
 */
public final class CommendationDocuments {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final Formats FMT = new Formats();

    private CommendationDocuments() {}

    /**
     * The legal bases in force on a date: the 2003 law (amended 2013) with NĐ 91/2017 until the 2022
     * law took effect on 01/01/2024; then NĐ 98/2023; from 01/07/2025 NĐ 152/2025.
     */
    public static List<String> lawBases(LocalDate on) {
        List<String> bases = new ArrayList<>();
        bases.add("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
        if (on.isBefore(LocalDate.of(2024, 1, 1))) {
            bases.add("Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều"
                    + " của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;");
            bases.add("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết"
                    + " thi hành một số điều của Luật Thi đua, khen thưởng;");
        } else {
            bases.add("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
            bases.add(
                    on.isBefore(LocalDate.of(2025, 7, 1))
                            ? "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết"
                                    + " thi hành một số điều của Luật Thi đua, khen thưởng;"
                            : "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều"
                                    + " của Luật Thi đua, khen thưởng;");
        }
        return bases;
    }

    /** Who speaks in a document: header lines, the abbreviation in its number, the place before the date. */
    public record Issuer(String parentBody, String issuingBody, String abbreviation, String place, String name) {

        /** The header of {@link vn.ngayhoi.document.Speakers}' one rule. */
        public static Issuer of(vn.ngayhoi.document.Speakers.Speaker s) {
            return new Issuer(s.parentBody(), s.issuingBody(), s.abbreviation(), s.place(), s.name());
        }
    }

    /** One line of the list annexed to the decision. */
    public record Line(int no, String name, String unit, String award, String achievement, long amount) {}

    /** The decision as written, before its number is known. */
    public record DecisionText(
            Issuer issuer,
            LocalDate date,
            String deciderHeading,
            String subject,
            List<String> bases,
            List<Line> lines,
            long baseSalary,
            String signerName,
            List<String> recipients) {}

    public static long total(List<Line> lines) {
        return lines.stream().mapToLong(Line::amount).sum();
    }

    /** The Quyết định khen thưởng with its list and the money in figures and words. */
    public static OfficialDocument decision(DecisionText t, String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading(1, upper(t.deciderHeading())));
        for (String basis : t.bases()) {
            body.add(new Paragraph(List.of(new Run(basis, false, true))));
        }
        body.add(new Heading(1, "QUYẾT ĐỊNH:"));
        body.add(plain("Điều 1. Tặng Giấy khen cho " + t.lines().size()
                + " tập thể, cá nhân, hộ gia đình có tên trong danh sách kèm theo, đã có thành tích xuất sắc"
                + " trong phong trào toàn dân bảo vệ an ninh Tổ quốc."));
        List<List<String>> rows = new ArrayList<>();
        for (Line l : t.lines()) {
            rows.add(List.of(
                    Integer.toString(l.no()), l.name(), l.unit(), l.award(), l.achievement(), FMT.number(l.amount())));
        }
        long total = total(t.lines());
        rows.add(List.of("", "Tổng cộng", "", "", "", FMT.number(total)));
        body.add(new Heading(2, "Danh sách kèm theo"));
        body.add(new Table(
                List.of("STT", "Tên tập thể, cá nhân", "Đơn vị", "Hình thức", "Thành tích", "Số tiền (đồng)"),
                rows,
                List.of(true, false, false, false, false, true),
                true));
        body.add(plain("Điều 2. Mỗi tập thể, cá nhân, hộ gia đình được khen thưởng kèm theo tiền thưởng theo hệ số"
                + " nhân với mức lương cơ sở " + FMT.number(t.baseSalary()) + " đồng, làm tròn lên hàng chục nghìn"
                + " đồng. Tổng số tiền thưởng: " + FMT.number(total) + " đồng (" + MoneyWords.dong(total)
                + "), từ nguồn kinh phí thi đua, khen thưởng của huyện."));
        body.add(plain("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND, Trưởng"
                + " phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, Thường trực Ban Chỉ đạo 138 và các tập thể,"
                + " cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."));
        return new OfficialDocument(
                t.issuer().parentBody(),
                t.issuer().issuingBody(),
                numberLine,
                Formats.placeDate(t.issuer().place(), t.date()),
                "QUYẾT ĐỊNH",
                t.subject(),
                body,
                t.recipients(),
                new Signature(null, "CHỦ TỊCH", null, t.signerName()));
    }

    /** One nomination in a unit's Tờ trình. */
    public record Proposed(String name, String kindLabel, String award, String achievement) {}

    public static OfficialDocument submission(
            Issuer issuer,
            LocalDate date,
            String subject,
            String addressee,
            List<Proposed> proposed,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(plain("Thực hiện Kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + date.getYear()
                + ", " + issuer.name()
                + " đề nghị xét, khen thưởng cho " + proposed.size() + " tập thể, cá nhân, hộ gia đình có thành tích"
                + " xuất sắc như sau:"));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Proposed p : proposed) {
            rows.add(List.of(Integer.toString(i++), p.name(), p.kindLabel(), p.award(), p.achievement()));
        }
        body.add(new Table(
                List.of("STT", "Tên tập thể, cá nhân", "Loại", "Hình thức đề nghị", "Thành tích tóm tắt"),
                rows,
                List.of(true, false, false, false, false),
                false));
        body.add(plain("Kính đề nghị " + addressee + " xem xét, trình Chủ tịch quyết định./."));
        return new OfficialDocument(
                        issuer.parentBody(),
                        issuer.issuingBody(),
                        numberLine,
                        Formats.placeDate(issuer.place(), date),
                        "TỜ TRÌNH",
                        subject,
                        body,
                        List.of("Như trên", "Lưu: VT"),
                        new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null, null))
                .with(List.of(addressee), false);
    }

    /** One row of the council's vote table. */
    public record VoteRow(String name, String award, int inFavour, int against, boolean passed) {}

    public static OfficialDocument minutes(
            Issuer issuer,
            LocalDate date,
            String roundTitle,
            int members,
            int present,
            List<String> presentNames,
            List<VoteRow> votes,
            String chairName,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(plain("Hôm nay, ngày " + FMT.date(date) + ", Hội đồng Thi đua - Khen thưởng họp xét đề nghị khen"
                + " thưởng trong đợt: " + roundTitle + "."));
        body.add(plain("Thành phần: " + present + "/" + members + " thành viên Hội đồng có mặt"
                + (presentNames.isEmpty() ? "." : ": " + String.join(", ", presentNames) + ".")));
        body.add(plain("Nội dung: Hội đồng xem xét hồ sơ đã được Phòng Nội vụ thẩm định và biểu quyết từng trường hợp."
                + " Kết quả biểu quyết:"));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (VoteRow v : votes) {
            rows.add(List.of(
                    Integer.toString(i++),
                    v.name(),
                    v.award(),
                    Integer.toString(v.inFavour()),
                    Integer.toString(v.against()),
                    v.passed() ? "Đạt" : "Không đạt"));
        }
        body.add(new Table(
                List.of("STT", "Tên tập thể, cá nhân", "Hình thức", "Tán thành", "Không tán thành", "Kết quả"),
                rows,
                List.of(true, false, false, true, true, false),
                false));
        long passed = votes.stream().filter(VoteRow::passed).count();
        body.add(plain("Hội đồng thống nhất đề nghị Chủ tịch khen thưởng " + passed
                + " trường hợp đạt trên một nửa số thành viên có mặt tán thành. Biên bản kết thúc cùng ngày./."));
        return new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                numberLine,
                Formats.placeDate(issuer.place(), date),
                "BIÊN BẢN",
                "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng",
                body,
                List.of("Chủ tịch UBND (để b/c)", "Thành viên Hội đồng", "Lưu: VT, NV"),
                new Signature(null, "CHỦ TỊCH HỘI ĐỒNG", null, chairName));
    }

    private static Paragraph plain(String text) {
        return new Paragraph(List.of(Run.plain(text)));
    }

    static String upper(String text) {
        return text.toUpperCase(VI);
    }
}
