package vn.ngayhoi.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The budget's documents in the NĐ 30 layout: the requesting unit's Tờ trình with its estimate, the
 * department's Báo cáo thẩm định line by line, the chairman's Quyết định phê duyệt kinh phí with the
 * approved table annexed, and a spending unit's quyết toán statement. Pure functions of their text,
 * so the Phụ lục I checklist holds them as issued.
 */
public final class BudgetDocuments {

    private static final Formats FMT = new Formats();

    private BudgetDocuments() {}

    /** Who speaks in a document: header lines, the abbreviation in its number, the place, the signer's title. */
    public record Issuer(
            String parentBody,
            String issuingBody,
            String abbreviation,
            String place,
            String name,
            String authority,
            String title) {

        /**
         * The header of {@link vn.ngayhoi.document.Speakers}' one rule, signed by the chairman for the
         * committee and by the head of an agency or department ("TRƯỞNG PHÒNG", "TRƯỞNG CÔNG AN HUYỆN").
         */
        public static Issuer of(vn.ngayhoi.document.Speakers.Speaker s) {
            if (s.territorial()) {
                return new Issuer(
                        s.parentBody(),
                        s.issuingBody(),
                        s.abbreviation(),
                        s.place(),
                        s.name(),
                        "TM. ỦY BAN NHÂN DÂN",
                        "CHỦ TỊCH");
            }
            String title = "Phòng".equals(s.head().split(" ")[0])
                    ? "TRƯỞNG PHÒNG"
                    : "TRƯỞNG " + vn.ngayhoi.document.Speakers.upper(s.head());
            return new Issuer(s.parentBody(), s.issuingBody(), s.abbreviation(), s.place(), s.name(), null, title);
        }
    }

    /** One line as a table prints it. */
    public record Row(
            int no,
            String activity,
            String content,
            String unitOfMeasure,
            long quantity,
            long unitPrice,
            long amount,
            String source) {}

    public static List<Row> rows(
            List<EstimateLine> lines, boolean agreed, java.util.function.Function<String, String> label) {
        List<Row> rows = new ArrayList<>();
        for (EstimateLine l : lines) {
            long amount = agreed ? l.agreedOrAsked() : l.amount();
            if (agreed && amount == 0) {
                continue;
            }
            rows.add(new Row(
                    l.no(),
                    label.apply(l.activity().messageKey()),
                    l.content(),
                    l.unitOfMeasure(),
                    l.quantity(),
                    l.unitPrice(),
                    amount,
                    label.apply(l.source().messageKey())));
        }
        return rows;
    }

    private static Table table(List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        long total = 0;
        for (Row r : rows) {
            cells.add(List.of(
                    Integer.toString(r.no()),
                    r.activity(),
                    r.content(),
                    r.unitOfMeasure(),
                    FMT.number(r.quantity()),
                    FMT.number(r.unitPrice()),
                    FMT.number(r.amount()),
                    r.source()));
            total += r.amount();
        }
        cells.add(List.of("", "Tổng cộng", "", "", "", "", FMT.number(total), ""));
        return new Table(
                List.of(
                        "STT",
                        "Hoạt động",
                        "Nội dung chi",
                        "ĐVT",
                        "Số lượng",
                        "Đơn giá (đồng)",
                        "Thành tiền (đồng)",
                        "Nguồn kinh phí"),
                cells,
                List.of(true, false, false, false, true, true, true, false),
                true);
    }

    private static long total(List<Row> rows) {
        return rows.stream().mapToLong(Row::amount).sum();
    }

    /** The Tờ trình đề nghị phê duyệt dự toán kinh phí, the estimate in its table. */
    public static OfficialDocument submission(
            Issuer issuer,
            LocalDate date,
            int year,
            String addressee,
            List<Row> rows,
            String signerName,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(plain("Thực hiện Kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + year
                + " của Ban Chỉ đạo 138; để bảo đảm kinh phí phục vụ các hoạt động kỷ niệm, hỗ trợ tổ chức chỉ đạo"
                + " xã điểm và tặng quà tại cơ sở, " + issuer.name() + " lập dự toán kinh phí như sau:"));
        body.add(table(rows));
        long total = total(rows);
        body.add(plain(
                "Tổng kinh phí đề nghị: " + FMT.number(total) + " đồng (Bằng chữ: " + MoneyWords.dong(total) + ")."));
        body.add(plain("Kính đề nghị " + addressee + " thẩm định, trình Chủ tịch Ủy ban nhân dân phê duyệt./."));
        return new OfficialDocument(
                        issuer.parentBody(),
                        issuer.issuingBody(),
                        numberLine,
                        Formats.placeDate(issuer.place(), date),
                        "TỜ TRÌNH",
                        "Về việc đề nghị phê duyệt dự toán kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”"
                                + " năm " + year,
                        body,
                        List.of("Như trên", "Lưu: VT"),
                        new Signature(issuer.authority(), issuer.title(), null, signerName))
                .with(List.of(addressee), false);
    }

    /** One line of the appraisal: what was asked, what is agreed and why. */
    public record Appraised(int no, String content, long asked, long agreed, String verdict, String reason) {}

    /** The Báo cáo thẩm định dự toán of the department, line by line. */
    public static OfficialDocument appraisal(
            Issuer issuer,
            LocalDate date,
            String requester,
            String submissionLine,
            List<Appraised> lines,
            String note,
            String signerName,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(plain("Căn cứ Tờ trình " + (submissionLine == null ? "" : submissionLine.replace("Số: ", "số ") + " ")
                + "của " + requester + " đề nghị phê duyệt dự toán kinh phí, " + issuer.name()
                + " đã thẩm định từng nội dung chi, kết quả như sau:"));
        List<List<String>> cells = new ArrayList<>();
        long asked = 0;
        long agreed = 0;
        for (Appraised a : lines) {
            cells.add(List.of(
                    Integer.toString(a.no()),
                    a.content(),
                    FMT.number(a.asked()),
                    FMT.number(a.agreed()),
                    FMT.number(a.asked() - a.agreed()),
                    a.verdict(),
                    a.reason() == null ? "" : a.reason()));
            asked += a.asked();
            agreed += a.agreed();
        }
        cells.add(List.of("", "Tổng cộng", FMT.number(asked), FMT.number(agreed), FMT.number(asked - agreed), "", ""));
        body.add(new Table(
                List.of(
                        "STT",
                        "Nội dung chi",
                        "Đề nghị (đồng)",
                        "Thẩm định (đồng)",
                        "Chênh lệch (đồng)",
                        "Ý kiến",
                        "Lý do"),
                cells,
                List.of(true, false, true, true, true, false, false),
                true));
        body.add(plain("Tổng kinh phí thẩm định: " + FMT.number(agreed) + " đồng (Bằng chữ: " + MoneyWords.dong(agreed)
                + ")."));
        if (note != null && !note.isBlank()) {
            body.add(plain(note));
        }
        body.add(plain("Phòng Tài chính - Kế hoạch kính trình Chủ tịch Ủy ban nhân dân xem xét, phê duyệt./."));
        return new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                numberLine,
                Formats.placeDate(issuer.place(), date),
                "BÁO CÁO",
                "Thẩm định dự toán kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”",
                body,
                List.of("Chủ tịch UBND (để b/c)", requester, "Lưu: VT, TCKH"),
                new Signature(null, issuer.title(), null, signerName));
    }

    /** The Quyết định phê duyệt kinh phí with the approved table annexed. */
    public static OfficialDocument decision(
            Issuer issuer,
            LocalDate date,
            int year,
            String requester,
            List<String> bases,
            List<Row> rows,
            String signerName,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading(1, "CHỦ TỊCH " + issuer.issuingBody()));
        for (String basis : bases) {
            body.add(new Paragraph(List.of(new Run(basis, false, true))));
        }
        body.add(new Heading(1, "QUYẾT ĐỊNH:"));
        long total = total(rows);
        body.add(plain("Điều 1. Phê duyệt kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + year
                + " cho " + requester + ", tổng số tiền: " + FMT.number(total) + " đồng (Bằng chữ: "
                + MoneyWords.dong(total) + "), chi tiết theo bảng kèm theo."));
        // The approved table stands under Điều 1, as the commendation decision's list does, so the
        // signature closes the last article.
        body.add(new Heading(2, "Bảng kinh phí được phê duyệt kèm theo"));
        body.add(table(rows));
        body.add(plain("Điều 2. Nguồn kinh phí: ngân sách địa phương và các nguồn hợp pháp khác theo bảng kèm theo."
                + " Đơn vị được giao kinh phí chi đúng nội dung, đúng định mức và quyết toán theo quy định."));
        body.add(plain("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND, Trưởng phòng"
                + " Tài chính - Kế hoạch, " + requester + " và các đơn vị có tên trong bảng kèm theo chịu trách nhiệm"
                + " thi hành Quyết định này./."));
        return new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                numberLine,
                Formats.placeDate(issuer.place(), date),
                "QUYẾT ĐỊNH",
                "Về việc phê duyệt kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + year,
                body,
                List.of("Như Điều 3", "Phòng Tài chính - Kế hoạch", "Lưu: VT"),
                new Signature(null, "CHỦ TỊCH", null, signerName));
    }

    /** The quyết toán statement of a spending unit: approved, spent and remaining per line. */
    public static OfficialDocument settlement(
            Issuer issuer,
            LocalDate date,
            String approvalLine,
            List<LineSummary> lines,
            String signerName,
            String numberLine) {
        List<Block> body = new ArrayList<>();
        body.add(plain("Căn cứ Quyết định " + (approvalLine == null ? "" : approvalLine.replace("Số: ", "số ") + " ")
                + "phê duyệt kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”, " + issuer.name()
                + " quyết toán kinh phí đã được giao như sau:"));
        List<List<String>> cells = new ArrayList<>();
        long approved = 0;
        long spent = 0;
        for (LineSummary l : lines) {
            cells.add(List.of(
                    Integer.toString(l.no()),
                    l.content(),
                    FMT.number(l.approved()),
                    FMT.number(l.spent()),
                    FMT.number(l.remaining())));
            approved += l.approved();
            spent += l.spent();
        }
        cells.add(List.of("", "Tổng cộng", FMT.number(approved), FMT.number(spent), FMT.number(approved - spent)));
        body.add(new Table(
                List.of("STT", "Nội dung chi", "Được duyệt (đồng)", "Đã chi (đồng)", "Còn lại (đồng)"),
                cells,
                List.of(true, false, true, true, true),
                true));
        body.add(plain("Tổng số đề nghị quyết toán: " + FMT.number(spent) + " đồng (Bằng chữ: "
                + MoneyWords.dong(spent) + "); số còn lại " + FMT.number(approved - spent)
                + " đồng nộp trả ngân sách theo quy định. Chứng từ chi kèm theo từng khoản trên hệ thống./."));
        return new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                numberLine,
                Formats.placeDate(issuer.place(), date),
                "BÁO CÁO",
                "Quyết toán kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”",
                body,
                List.of("Phòng Tài chính - Kế hoạch", "Lưu: VT"),
                new Signature(issuer.authority(), issuer.title(), null, signerName));
    }

    private static Paragraph plain(String text) {
        return new Paragraph(List.of(Run.plain(text)));
    }
}
