package vn.ngayhoi.orgunit.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.orgunit.LinkImportResult;
import vn.ngayhoi.orgunit.UnitEvents.UnitLinksImported;
import vn.ngayhoi.shared.ValidationException;

/**
 * Reads a merge mapping ({@code level,new_code,new_name,old_code,old_name,type}) and writes it as
 * predecessor → successor links between two dated structures. Every code is checked against both
 * lists before anything is written; running the same file again changes nothing, and a share an
 * administrator set on a link is kept.
 */
@Component
public class UnitLinkImporter {

    static final String HEADER = "level,new_code,new_name,old_code,old_name,type";

    /**
     * SOURCES.md, "known differences" of the 2024 → 2025 mapping: the mapping names the new Xã Ia Mơ
     * 23737 where the 2025 list has 23938 (the same unit), and twelve old codes are stale registry rows
     * that are in no 2024 list. Only this pair of structures has them.
     */
    static final Map<String, String> NEW_CODE_ALIASES_2025 = Map.of("23737", "23938");

    static final Set<String> STALE_OLD_CODES_2024 = Set.of(
            "07693", "07732", "07744", "16387", "16411", "18448", "20176", "20674", "25102", "25174", "25177", "25186");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;

    UnitLinkImporter(JdbcClient jdbc, JdbcTemplate template, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
    }

    private record Link(int line, long predecessor, long successor, String kind) {}

    @Transactional
    public LinkImportResult importFile(
            String fromStructure, String toStructure, String fileName, byte[] content, OffsetDateTime now) {
        long started = System.nanoTime();
        boolean known2025 = "2024".equals(fromStructure) && "2025".equals(toStructure);
        Map<String, Long> from = codes(fromStructure);
        Map<String, Long> to = codes(toStructure);
        if (from.isEmpty()) {
            throw ValidationException.of("fromStructure", "orgunit.links.error.structure", fromStructure);
        }
        if (to.isEmpty() || fromStructure.equals(toStructure)) {
            throw ValidationException.of("toStructure", "orgunit.links.error.structure", toStructure);
        }
        List<String> lines = UnitCsvParser.decodeLines(content);
        if (lines.isEmpty() || !UnitCsvParser.stripBom(lines.get(0)).strip().equals(HEADER)) {
            throw ValidationException.of("file", "orgunit.import.error.header", 1, HEADER);
        }
        List<Link> links = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int skipped = 0;
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            List<String> cells = UnitCsvParser.splitCsv(lines.get(i), lineNo);
            if (cells.size() != 6) {
                throw ValidationException.of("file", "orgunit.links.error.columns", lineNo, cells.size());
            }
            String level = cells.get(0).strip();
            String newCode = cells.get(1).strip();
            String oldCode = cells.get(3).strip();
            String kind = cells.get(5).strip();
            if (!level.equals("province") && !level.equals("commune") && !level.equals("district")) {
                throw ValidationException.of("file", "orgunit.import.error.level", lineNo, level);
            }
            if (!kind.equals("full") && !kind.equals("partial")) {
                throw ValidationException.of("file", "orgunit.links.error.type", lineNo, kind);
            }
            if (known2025) {
                newCode = NEW_CODE_ALIASES_2025.getOrDefault(newCode, newCode);
                if (STALE_OLD_CODES_2024.contains(oldCode) && !from.containsKey(oldCode)) {
                    skipped++;
                    continue;
                }
            }
            // By code alone on the old side: an island district without communes (Huyện Cồn Cỏ, 471)
            // became a commune-level special zone, so the old unit of a commune row can be a district.
            Long predecessor = from.get(oldCode);
            if (predecessor == null) {
                throw ValidationException.of("file", "orgunit.links.error.old", lineNo, oldCode, fromStructure);
            }
            Long successor = to.get(levelKey(level, newCode));
            if (successor == null) {
                throw ValidationException.of("file", "orgunit.links.error.new", lineNo, newCode, toStructure);
            }
            Integer earlier = seen.putIfAbsent(predecessor + ">" + successor, lineNo);
            if (earlier != null) {
                throw ValidationException.of("file", "orgunit.links.error.duplicate", lineNo, earlier);
            }
            links.add(new Link(lineNo, predecessor, successor, kind));
        }
        if (links.isEmpty()) {
            throw ValidationException.of("file", "orgunit.import.error.empty");
        }

        Map<String, String> existing = new HashMap<>();
        jdbc.sql("""
                        select l.predecessor_id, l.successor_id, l.kind from org_unit_link l
                        join org_unit s on s.id = l.successor_id where s.structure_code = ?
                        """).param(toStructure).query(rs -> {
            existing.put(rs.getLong(1) + ">" + rs.getLong(2), rs.getString(3));
        });
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        int unchanged = 0;
        for (Link link : links) {
            String old = existing.get(link.predecessor() + ">" + link.successor());
            if (old == null) {
                inserts.add(new Object[] {link.predecessor(), link.successor(), link.kind(), fileName});
            } else if (!old.equals(link.kind())) {
                // A link that is no longer partial has no share to count by.
                changes.add(new Object[] {link.kind(), link.kind(), fileName, link.predecessor(), link.successor()});
            } else {
                unchanged++;
            }
        }
        template.batchUpdate(
                "insert into org_unit_link (predecessor_id, successor_id, kind, source_file) values (?, ?, ?, ?)",
                inserts);
        template.batchUpdate("""
                update org_unit_link set kind = ?, share = case when ? = 'full' then null else share end, source_file = ?
                where predecessor_id = ? and successor_id = ?
                """, changes);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LinkImportResult result = new LinkImportResult(
                fromStructure, toStructure, inserts.size(), changes.size(), unchanged, skipped, millis);
        events.publishEvent(new UnitLinksImported(
                fromStructure, toStructure, fileName, result.created(), result.changed(), result.unchanged()));
        return result;
    }

    /** Official units of a structure by level and code: a province and a commune never share a key. */
    private Map<String, Long> codes(String structure) {
        Map<String, Long> codes = new HashMap<>();
        jdbc.sql("""
                        select u.id, u.code, t.tier from org_unit u join unit_type t on t.code = u.type_code
                        where u.structure_code = ? and t.territorial and t.tier between 1 and 3
                        """).param(structure).query(rs -> {
            String level = switch (rs.getInt(3)) {
                case 1 -> "province";
                case 2 -> "district";
                default -> "commune";
            };
            codes.put(levelKey(level, rs.getString(2)), rs.getLong(1));
            codes.put(rs.getString(2), rs.getLong(1));
        });
        return codes;
    }

    private static String levelKey(String level, String code) {
        return level + ":" + code;
    }
}
