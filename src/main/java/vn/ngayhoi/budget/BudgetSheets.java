package vn.ngayhoi.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import vn.ngayhoi.shared.ConflictException;

/**
 * The estimate, the appraisal and the settlement as XLSX in the columns finance offices keep
 * (STT, nội dung, ĐVT, số lượng, đơn giá, thành tiền, nguồn): every amount a numeric cell with the
 * "#,##0" format, so the sheet sums and sorts as the office's own.
 */
@Service
public class BudgetSheets {

    private final Estimates estimates;
    private final Spending spending;

    BudgetSheets(Estimates estimates, Spending spending) {
        this.estimates = estimates;
        this.spending = spending;
    }

    public byte[] estimate(long id) {
        Estimate e = estimates.get(id);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = start(
                    wb,
                    "Dự toán",
                    e.title(),
                    List.of(
                            "STT",
                            "Hoạt động",
                            "Nội dung chi",
                            "ĐVT",
                            "Số lượng",
                            "Đơn giá (đồng)",
                            "Thành tiền (đồng)",
                            "Nguồn kinh phí",
                            "Định mức (đồng)"));
            CellStyle money = money(wb);
            int r = 3;
            for (EstimateLine l : e.lines()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(l.no());
                row.createCell(1).setCellValue(BudgetLabels.of(l.activity().messageKey()));
                row.createCell(2).setCellValue(l.content());
                row.createCell(3).setCellValue(l.unitOfMeasure());
                num(row, 4, l.quantity(), money);
                num(row, 5, l.unitPrice(), money);
                num(row, 6, l.amount(), money);
                row.createCell(7).setCellValue(BudgetLabels.of(l.source().messageKey()));
                if (l.normAmount() != null) {
                    num(row, 8, l.normAmount(), money);
                }
            }
            Row total = s.createRow(r);
            total.createCell(2).setCellValue("Tổng cộng");
            num(total, 6, e.lines().stream().mapToLong(EstimateLine::amount).sum(), money);
            return bytes(wb, s, 9);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public byte[] appraisal(long id) {
        Estimate e = estimates.get(id);
        if (e.status() == EstimateStatus.DRAFT || e.status() == EstimateStatus.SUBMITTED) {
            throw new ConflictException("budget.state." + e.status());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = start(
                    wb,
                    "Thẩm định",
                    e.title(),
                    List.of(
                            "STT",
                            "Nội dung chi",
                            "Đề nghị (đồng)",
                            "Thẩm định (đồng)",
                            "Chênh lệch (đồng)",
                            "Ý kiến",
                            "Lý do"));
            CellStyle money = money(wb);
            int r = 3;
            for (EstimateLine l : e.lines()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(l.no());
                row.createCell(1).setCellValue(l.content());
                num(row, 2, l.amount(), money);
                num(row, 3, l.agreedOrAsked(), money);
                num(row, 4, l.amount() - l.agreedOrAsked(), money);
                row.createCell(5)
                        .setCellValue(
                                BudgetLabels.of((l.verdict() == null ? Verdict.AGREE : l.verdict()).messageKey()));
                row.createCell(6).setCellValue(l.reason() == null ? "" : l.reason());
            }
            Row total = s.createRow(r);
            total.createCell(1).setCellValue("Tổng cộng");
            num(total, 2, e.total(), money);
            num(total, 3, e.agreedTotal(), money);
            num(total, 4, e.total() - e.agreedTotal(), money);
            return bytes(wb, s, 7);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public byte[] settlement(long id, String unitCode) {
        Estimate e = estimates.get(id);
        List<LineSummary> lines = spending.summary(id, unitCode);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = start(
                    wb,
                    "Quyết toán",
                    e.title(),
                    List.of(
                            "STT",
                            "Nội dung chi",
                            "Đơn vị sử dụng",
                            "Được duyệt (đồng)",
                            "Đã chi (đồng)",
                            "Còn lại (đồng)",
                            "Tỷ lệ (%)"));
            CellStyle money = money(wb);
            int r = 3;
            long approved = 0;
            long spent = 0;
            for (LineSummary l : lines) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(l.no());
                row.createCell(1).setCellValue(l.content());
                row.createCell(2).setCellValue(l.unitName());
                num(row, 3, l.approved(), money);
                num(row, 4, l.spent(), money);
                num(row, 5, l.remaining(), money);
                row.createCell(6).setCellValue(l.percent());
                approved += l.approved();
                spent += l.spent();
            }
            Row total = s.createRow(r);
            total.createCell(1).setCellValue("Tổng cộng");
            num(total, 3, approved, money);
            num(total, 4, spent, money);
            num(total, 5, approved - spent, money);
            return bytes(wb, s, 7);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Sheet start(XSSFWorkbook wb, String name, String title, List<String> header) {
        Sheet s = wb.createSheet(name);
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        Row t = s.createRow(0);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(head);
        Row h = s.createRow(2);
        for (int i = 0; i < header.size(); i++) {
            h.createCell(i).setCellValue(header.get(i));
            h.getCell(i).setCellStyle(head);
        }
        return s;
    }

    private static CellStyle money(XSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        return style;
    }

    private static void num(Row row, int col, long value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue((double) value);
        cell.setCellStyle(style);
    }

    private static byte[] bytes(XSSFWorkbook wb, Sheet s, int columns) throws IOException {
        for (int i = 0; i < columns; i++) {
            s.setColumnWidth(i, i == 1 || i == 2 ? 40 * 256 : 16 * 256);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
