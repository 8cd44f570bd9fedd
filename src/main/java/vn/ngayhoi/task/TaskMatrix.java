package vn.ngayhoi.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The standing office's matrix: units down, tasks (by source item) across, each cell the state of
 * that unit's task — done, in progress, overdue, not started — as a page and as XLSX.
 */
@Service
public class TaskMatrix {

    private final TaskManagement tasks;
    private final MessageSource messages;

    TaskMatrix(TaskManagement tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** One column: tasks sharing a title (a plan item, or a task added by hand to several units). */
    public record Column(String key, String title) {}

    /** One row: a unit and its cell per column (null where the unit has no such task). */
    public record Row2(long unitId, String unitCode, String unitName, List<Cell> cells) {}

    /** A cell: the task and the state word's key ({@code task.status.OVERDUE} when overdue). */
    public record Cell(long taskId, String stateKey, int percent) {}

    public record Matrix(List<Column> columns, List<Row2> rows, Map<String, Long> counts) {}

    public Matrix build(Long campaignId, String unitCode, String status) {
        LocalDate today = tasks.today();
        List<Task> all = tasks.list(campaignId, unitCode, status);
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<Long, Map<String, Task>> byUnit = new LinkedHashMap<>();
        Map<Long, Task> anyOfUnit = new LinkedHashMap<>();
        all.stream()
                .sorted(java.util.Comparator.comparing((Task t) -> t.sourceSection() == null ? "~" : t.sourceSection())
                        .thenComparing(Task::title))
                .forEach(t -> {
                    String key = t.sourceSection() != null ? t.sourceSection() : t.title();
                    columns.putIfAbsent(key, new Column(key, t.title()));
                    byUnit.computeIfAbsent(t.unitId(), k -> new LinkedHashMap<>())
                            .put(key, t);
                    anyOfUnit.putIfAbsent(t.unitId(), t);
                });
        List<Row2> rows = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String k : List.of(
                "task.status.DONE",
                "task.status.IN_PROGRESS",
                "task.status.OVERDUE",
                "task.status.NOT_STARTED",
                "task.status.RETURNED")) {
            counts.put(k, 0L);
        }
        anyOfUnit.values().stream()
                .sorted(java.util.Comparator.comparing(Task::unitCode))
                .forEach(u -> {
                    List<Cell> cells = new ArrayList<>();
                    for (String key : columns.keySet()) {
                        Task t = byUnit.get(u.unitId()).get(key);
                        if (t == null) {
                            cells.add(null);
                        } else {
                            String state = t.displayKey(today);
                            counts.merge(state, 1L, Long::sum);
                            cells.add(new Cell(t.id(), state, t.percent()));
                        }
                    }
                    rows.add(new Row2(u.unitId(), u.unitCode(), u.unitName(), cells));
                });
        return new Matrix(new ArrayList<>(columns.values()), rows, counts);
    }

    /** The same matrix as an XLSX workbook, coloured like the page. */
    public byte[] xlsx(Long campaignId, String unitCode, String status) {
        Matrix m = build(campaignId, unitCode, status);
        var vi = java.util.Locale.forLanguageTag("vi");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(messages.getMessage("task.matrix.title", null, vi));
            Map<String, CellStyle> styles = new LinkedHashMap<>();
            styles.put("task.status.DONE", fill(wb, IndexedColors.LIGHT_GREEN));
            styles.put("task.status.IN_PROGRESS", fill(wb, IndexedColors.LIGHT_YELLOW));
            styles.put("task.status.OVERDUE", fill(wb, IndexedColors.CORAL));
            styles.put("task.status.NOT_STARTED", fill(wb, IndexedColors.GREY_25_PERCENT));
            styles.put("task.status.RETURNED", fill(wb, IndexedColors.LIGHT_ORANGE));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(messages.getMessage("task.matrix.unit", null, vi));
            for (int c = 0; c < m.columns().size(); c++) {
                header.createCell(c + 1).setCellValue(m.columns().get(c).title());
            }
            for (int r = 0; r < m.rows().size(); r++) {
                Row2 row = m.rows().get(r);
                Row x = sheet.createRow(r + 1);
                x.createCell(0).setCellValue(row.unitName());
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    if (cell == null) {
                        continue;
                    }
                    var xc = x.createCell(c + 1);
                    xc.setCellValue(messages.getMessage(cell.stateKey(), null, vi) + " (" + cell.percent() + "%)");
                    xc.setCellStyle(styles.get(cell.stateKey()));
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle fill(XSSFWorkbook wb, IndexedColors color) {
        CellStyle s = wb.createCellStyle();
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
