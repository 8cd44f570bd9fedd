package vn.ngayhoi.orgunit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ngayhoi.orgunit.UnitType;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;

/**
 * Reads an official unit list ({@code code,name,level,parent_code}, UTF-8) and checks all of it
 * before anything is written: the first problem is reported with its line number.
 */
final class UnitCsvParser {

    static final String HEADER = "code,name,level,parent_code";
    private static final int MAX_NAME = 200;

    private final List<UnitType> types;

    UnitCsvParser(List<UnitType> types) {
        this.types = types;
    }

    /** One checked row, its parent known to be in the same file at the level above. */
    record Row(int line, String code, String name, OfficialLevel level, String parentCode, String typeCode) {}

    enum OfficialLevel {
        province(1, 2),
        district(2, 3),
        commune(3, 5);

        final int tier;
        final int codeLength;

        OfficialLevel(int tier, int codeLength) {
            this.tier = tier;
            this.codeLength = codeLength;
        }
    }

    /** Rows in an order where every parent comes before its children. */
    List<Row> parse(byte[] content) {
        List<String> lines = decodeLines(content);
        if (lines.isEmpty() || !stripBom(lines.get(0)).strip().equals(HEADER)) {
            throw ValidationException.of("file", "orgunit.import.error.header", 1, HEADER);
        }
        Map<String, Row> byCode = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank() && i == lines.size() - 1) {
                continue;
            }
            Row row = parseRow(lineNo, line);
            Row earlier = byCode.putIfAbsent(row.code(), row);
            if (earlier != null) {
                throw fail("orgunit.import.error.duplicate", lineNo, row.code(), earlier.line());
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw ValidationException.of("file", "orgunit.import.error.empty");
        }
        for (Row row : rows) {
            checkParent(row, byCode);
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.level().tier).thenComparingInt(Row::line));
        return rows;
    }

    private Row parseRow(int lineNo, String line) {
        List<String> cells = splitCsv(line, lineNo);
        if (cells.size() != 4) {
            throw fail("orgunit.import.error.columns", lineNo, cells.size());
        }
        String code = cells.get(0).strip();
        String name = Texts.clean(cells.get(1));
        String levelWord = cells.get(2).strip();
        String parent = cells.get(3).strip();
        OfficialLevel level;
        try {
            level = OfficialLevel.valueOf(levelWord);
        } catch (IllegalArgumentException e) {
            throw fail("orgunit.import.error.level", lineNo, levelWord);
        }
        if (code.length() != level.codeLength || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw fail("orgunit.import.error.code", lineNo, code, levelWord, level.codeLength);
        }
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw fail("orgunit.import.error.name", lineNo, MAX_NAME);
        }
        String typeCode = typeOf(name, level).orElseThrow(() -> fail("orgunit.import.error.type", lineNo, name));
        return new Row(lineNo, code, name, level, parent.isEmpty() ? null : parent, typeCode);
    }

    private void checkParent(Row row, Map<String, Row> byCode) {
        if (row.level() == OfficialLevel.province) {
            if (row.parentCode() != null) {
                throw fail("orgunit.import.error.parentLevel", row.line(), row.parentCode());
            }
            return;
        }
        if (row.parentCode() == null) {
            throw fail("orgunit.import.error.parent", row.line(), "");
        }
        Row parent = byCode.get(row.parentCode());
        if (parent == null) {
            throw fail("orgunit.import.error.parent", row.line(), row.parentCode());
        }
        if (parent.level().tier >= row.level().tier) {
            throw fail("orgunit.import.error.parentLevel", row.line(), row.parentCode());
        }
    }

    private Optional<String> typeOf(String name, OfficialLevel level) {
        return types.stream()
                .filter(t -> t.territorial() && t.tier() == level.tier && t.namePrefix() != null)
                .filter(t -> name.startsWith(t.namePrefix())
                        && name.length() > t.namePrefix().length())
                .map(UnitType::code)
                .findFirst();
    }

    static List<String> decodeLines(byte[] content) {
        List<String> lines = new ArrayList<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                int end = i > start && content[i - 1] == '\r' ? i - 1 : i;
                try {
                    lines.add(decoder.decode(ByteBuffer.wrap(content, start, end - start))
                            .toString());
                } catch (CharacterCodingException e) {
                    throw ValidationException.of("file", "orgunit.import.error.encoding", lines.size() + 1);
                }
                start = i + 1;
            }
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** RFC 4180 cells: commas separate, double quotes enclose, "" inside quotes is a quote. */
    static List<String> splitCsv(String line, int lineNo) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw fail("orgunit.import.error.quote", lineNo);
        }
        cells.add(cell.toString());
        return cells;
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static ValidationException fail(String key, Object... args) {
        return ValidationException.of("file", key, args);
    }
}
