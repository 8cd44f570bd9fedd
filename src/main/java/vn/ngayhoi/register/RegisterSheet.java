package vn.ngayhoi.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.Formats;

/**
 * The register as an XLSX in the layout of the paper sổ đăng ký văn bản đi: a title with the unit and
 * year, then one bordered line per number with its columns (số, ký hiệu; ngày tháng; tên loại và
 * trích yếu; người ký; nơi nhận; số trang; số lượng bản; độ khẩn; ghi chú). A withdrawn line keeps
 * its place, marked in the note.
 */
@Component
public class RegisterSheet {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] COLUMNS = {
        "register.col.number",
        "register.col.date",
        "register.col.subject",
        "register.col.signer",
        "register.col.recipients",
        "register.col.pages",
        "register.col.copies",
        "register.col.priority",
        "register.col.note"
    };
    private static final int[] WIDTHS = {16, 13, 50, 24, 40, 9, 9, 11, 30};

    private final MessageSource messages;

    RegisterSheet(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] xlsx(String unitName, int year, List<RegisterEntry> entries) {
        Formats fmt = new Formats();
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(msg("register.sheet.name", String.valueOf(year)));
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            XSSFFont plain = wb.createFont();
            plain.setFontName("Times New Roman");
            CellStyle title = wb.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle head = bordered(wb);
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = bordered(wb);
            cell.setFont(plain);

            Row r0 = sheet.createRow(0);
            r0.createCell(0).setCellValue(unitName.toUpperCase(VI));
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue(msg("register.sheet.title", String.valueOf(year)));
            r1.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
            Row header = sheet.createRow(3);
            Row numbers = sheet.createRow(4);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(msg(COLUMNS[c]));
                header.getCell(c).setCellStyle(head);
                numbers.createCell(c).setCellValue(c + 1);
                numbers.getCell(c).setCellStyle(head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 5;
            for (RegisterEntry e : entries) {
                Row row = sheet.createRow(r++);
                String note = e.withdrawn() ? msg("register.note.withdrawn") : "";
                if (e.replaces() != null) {
                    note = (note.isEmpty() ? "" : note + "; ") + msg("register.note.replaces", e.replaces());
                }
                if (e.replacedBy() != null) {
                    note = (note.isEmpty() ? "" : note + "; ") + msg("register.note.replacedBy", e.replacedBy());
                }
                Object[] values = {
                    e.fullNotation(),
                    fmt.date(e.issuedOn()),
                    e.typeName() + " " + e.subject(),
                    e.signerName() == null ? "" : e.signerName(),
                    String.join("; ", e.recipients()),
                    e.pageCount() == null ? "" : e.pageCount(),
                    e.copies(),
                    msg("register.priority." + e.priority()),
                    note
                };
                for (int c = 0; c < values.length; c++) {
                    var x = row.createCell(c);
                    if (values[c] instanceof Integer i) {
                        x.setCellValue(i);
                    } else {
                        x.setCellValue(values[c].toString());
                    }
                    x.setCellStyle(cell);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
