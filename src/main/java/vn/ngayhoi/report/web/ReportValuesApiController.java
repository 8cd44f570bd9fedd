package vn.ngayhoi.report.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.report.ReportValues;
import vn.ngayhoi.shared.ValidationException;

/**
 * {@code GET /api/v1/campaigns/{id}/values}: one row per unit and indicator, streamed as JSON or as
 * CSV (UTF-8 with a byte-order mark, so that LibreOffice and Excel read the Vietnamese names right).
 * Everything is checked before the first byte, so a refusal is a clean 4xx, never half a file.
 */
@RestController
class ReportValuesApiController {

    static final String CSV = "text/csv";
    private static final List<String> COLUMNS = List.of(
            "unitCode",
            "unitName",
            "unitType",
            "indicatorCode",
            "indicatorName",
            "value",
            "reportStatus",
            "acceptedAt");

    private final ReportValues values;
    private final JsonMapper json;
    private final MessageSource messages;

    ReportValuesApiController(ReportValues values, JsonMapper json, MessageSource messages) {
        this.values = values;
        this.json = json;
        this.messages = messages;
    }

    /** The JSON body's shape, for the OpenAPI document. */
    record ValueList(List<ReportValues.Row> items, long total) {}

    @GetMapping("/api/v1/campaigns/{id}/values")
    @ApiResponse(
            responseCode = "200",
            description = "Các giá trị, theo mã đơn vị rồi thứ tự chỉ tiêu của biểu mẫu",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = ValueList.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string"))
            })
    void values(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "json") String format,
            HttpServletResponse response)
            throws IOException {
        boolean csv = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw ValidationException.of("format", "report.values.format");
        };
        ReportValues.Selection selection = values.select(id, unit, status);
        response.setCharacterEncoding("UTF-8");
        if (csv) {
            response.setContentType(CSV + ";charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"so-lieu-" + id + ".csv\"");
            writeCsv(selection, response.getOutputStream());
        } else {
            response.setContentType("application/json");
            writeJson(selection, response.getOutputStream());
        }
    }

    private void writeJson(ReportValues.Selection selection, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("items");
            g.writeStartArray();
            long total = values.stream(selection, row -> json.writeValue(g, row));
            g.writeEndArray();
            g.writeNumberProperty("total", total);
            g.writeEndObject();
        }
    }

    private void writeCsv(ReportValues.Selection selection, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        w.write(String.join(
                ",",
                COLUMNS.stream()
                        .map(c -> cell(messages.getMessage(
                                "report.values.column." + c, null, c, LocaleContextHolder.getLocale())))
                        .toList()));
        w.write("\r\n");
        values.stream(selection, row -> {
            try {
                w.write(String.join(
                        ",",
                        cell(row.unitCode()),
                        cell(row.unitName()),
                        cell(row.unitType()),
                        cell(row.indicatorCode()),
                        cell(row.indicatorName()),
                        value(row.value()),
                        cell(row.reportStatus()),
                        row.acceptedAt() == null ? "" : row.acceptedAt().toString()));
                w.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.flush();
    }

    private static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        return cell(value.toString());
    }

    /**
     * A text cell: quoted when it holds a comma, quote or line break; one that starts like a formula
     * (=, +, -, @) gets a leading apostrophe so a spreadsheet shows it instead of computing it.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String t = text;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
