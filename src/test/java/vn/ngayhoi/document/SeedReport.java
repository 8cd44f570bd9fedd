package vn.ngayhoi.document;

import java.util.List;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.OfficialDocument.Table;

/** A short báo cáo whose figures are in a table, for the table rendering tests. */
final class SeedReport {

    private SeedReport() {}

    static final List<String> HEADER = List.of("Chỉ tiêu", "Số lượng", "Ghi chú");

    // Amounts of different lengths, so right alignment differs visibly from left alignment.
    static final List<List<String>> ROWS = List.of(
            List.of("Người tham dự", "1.234.567", "Tăng 12% so với năm 2021"),
            List.of("Tổ an ninh tự quản", "45", "Hộ gia đình & cơ quan"),
            List.of("Tổng cộng", "1.234.612", ""));

    static Table table() {
        return new Table(HEADER, ROWS, List.of(false, true, false), true);
    }

    static OfficialDocument document() {
        return new OfficialDocument(
                "UBND HUYỆN QUAN SƠN",
                "BAN CHỈ ĐẠO 138",
                "Số: 07/BC-BCĐ",
                "Quan Sơn, ngày 20 tháng 8 năm 2022",
                "BÁO CÁO",
                "Kết quả tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022",
                List.of(
                        new Heading(1, "I. KẾT QUẢ"),
                        new Paragraph(List.of(Run.plain("Kết quả cụ thể như sau:"))),
                        table(),
                        new Paragraph(List.of(Run.plain("Trên đây là báo cáo kết quả của Ban Chỉ đạo.")))),
                List.of("Ban Chỉ đạo 138 tỉnh (để b/c)", "Lưu: VT"),
                new Signature("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", null, "Lương Tiến Thành"));
    }
}
