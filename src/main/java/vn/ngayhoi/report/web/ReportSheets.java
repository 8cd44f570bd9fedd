package vn.ngayhoi.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportTotals;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.report.ReportTotals.Completeness;
import vn.ngayhoi.report.ReportTotals.Counts;
import vn.ngayhoi.report.ReportTotals.Totals;

/** The report tables as XLSX, with the same headings as the pages. */
@Component
class ReportSheets {

    private final ReportTotals totals;
    private final MessageSource messages;
    private final OrgUnitManagement units;

    ReportSheets(ReportTotals totals, MessageSource messages, OrgUnitManagement units) {
        this.totals = totals;
        this.units = units;
        this.messages = messages;
    }

    byte[] totals(Area area, boolean submitted) {
        Totals t = totals.totals(area, submitted);
        Totals before = totals.previousYear(area, submitted).orElse(null);
        List<Indicator> indicators = area.form().definition().numericIndicators();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = bold(wb);
            Sheet sheet = wb.createSheet(text("report.totals.sheet"));
            header(
                    sheet,
                    bold,
                    text("report.totals.indicator"),
                    text("report.totals.total"),
                    text("report.totals.previous"));
            int r = 1;
            for (Indicator i : indicators) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(i.label());
                number(row.createCell(1), t.values().get(i.code()));
                if (before != null) {
                    number(row.createCell(2), before.values().get(i.code()));
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            Sheet drill = wb.createSheet(text("report.totals.drillSheet"));
            Row head = drill.createRow(0);
            cell(head, 0, text("report.field.unit"), bold);
            for (int c = 0; c < indicators.size(); c++) {
                cell(head, c + 1, indicators.get(c).label(), bold);
            }
            int note = indicators.size() + 1;
            cell(head, note, text("report.totals.note"), bold);
            int d = 1;
            for (ReportTotals.Row row : totals.drillDown(area, submitted)) {
                Row x = drill.createRow(d++);
                x.createCell(0)
                        .setCellValue(
                                row.own()
                                        ? row.unit().name() + " " + text("report.totals.ownReport")
                                        : row.unit().name());
                if (!row.reported()) {
                    // Cells stay empty, not 0: a sum over the column must not read a missing report as
                    // a unit that did nothing; the note says why they are empty.
                    x.createCell(note)
                            .setCellValue(text(submitted ? "report.totals.notReceived" : "report.totals.notAccepted"));
                    continue;
                }
                for (int c = 0; c < indicators.size(); c++) {
                    number(
                            x.createCell(c + 1),
                            row.values().get(indicators.get(c).code()));
                }
            }
            drill.setColumnWidth(0, 40 * 256);
            drill.setColumnWidth(note, 20 * 256);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] completeness(Area area) {
        Completeness c = totals.completeness(area);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = bold(wb);
            Sheet sheet = wb.createSheet(text("report.completeness.sheet"));
            header(
                    sheet,
                    bold,
                    text("report.completeness.type"),
                    text("report.completeness.expected"),
                    text("report.completeness.received"),
                    text("report.completeness.onTime"),
                    text("report.completeness.late"),
                    text("report.completeness.missing"));
            int r = 1;
            for (Counts k : c.byType()) {
                Row row = sheet.createRow(r++);
                row.createCell(0)
                        .setCellValue(
                                units.type(k.typeCode()).map(t -> t.name()).orElse(k.typeCode()));
                row.createCell(1).setCellValue(k.expected());
                row.createCell(2).setCellValue(k.received());
                row.createCell(3).setCellValue(k.onTime());
                row.createCell(4).setCellValue(k.late());
                row.createCell(5).setCellValue(k.missing());
            }
            Sheet missing = wb.createSheet(text("report.completeness.missingSheet"));
            header(missing, bold, text("report.field.code"), text("report.field.unit"), text("report.field.status"));
            int m = 1;
            for (ReportTotals.Missing u : c.missing()) {
                Row row = missing.createRow(m++);
                row.createCell(0).setCellValue(u.code());
                row.createCell(1).setCellValue(u.name());
                row.createCell(2)
                        .setCellValue(
                                u.status() == null
                                        ? text("report.status.NONE")
                                        : text(u.status().messageKey()));
            }
            missing.setColumnWidth(1, 40 * 256);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static CellStyle bold(XSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    private static void header(Sheet sheet, CellStyle bold, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            cell(row, i, titles[i], bold);
        }
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static void number(Cell cell, BigDecimal value) {
        cell.setCellValue(value == null ? 0 : value.doubleValue());
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
