package vn.ngayhoi.orgunit.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.orgunit.ImportResult;
import vn.ngayhoi.orgunit.UnitEvents.UnitsImported;
import vn.ngayhoi.shared.Texts;

/**
 * Writes a parsed official list as one dated structure, in one transaction: new codes are inserted,
 * changed names updated, a changed parent moves the unit; running it twice changes nothing.
 */
@Component
public class UnitImporter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final OrgUnitRepository units;
    private final ApplicationEventPublisher events;

    UnitImporter(JdbcClient jdbc, JdbcTemplate template, OrgUnitRepository units, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.units = units;
        this.events = events;
    }

    /** Checks the whole file, then writes it; a bad file is refused with its line number and writes nothing. */
    @Transactional
    public ImportResult importFile(
            String structureCode,
            String structureName,
            LocalDate validFrom,
            LocalDate validTo,
            String fileName,
            byte[] content,
            OffsetDateTime now) {
        List<UnitCsvParser.Row> rows = new UnitCsvParser(units.types()).parse(content);
        ImportResult result = write(structureCode, structureName, validFrom, validTo, fileName, rows, now);
        events.publishEvent(
                new UnitsImported(structureCode, fileName, result.created(), result.renamed(), result.unchanged()));
        return result;
    }

    private record Existing(long id, String name, Long parentId, String path, int level) {}

    private record Placed(long id, String path, int level) {}

    ImportResult write(
            String structureCode,
            String structureName,
            LocalDate validFrom,
            LocalDate validTo,
            String fileName,
            List<UnitCsvParser.Row> rows,
            OffsetDateTime now) {
        long started = System.nanoTime();
        jdbc.sql("""
                        insert into org_structure (code, name, valid_from, valid_to, source_file, imported_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set name = excluded.name, valid_from = excluded.valid_from,
                            valid_to = excluded.valid_to, source_file = excluded.source_file, imported_at = excluded.imported_at
                        """)
                .params(structureCode, structureName, validFrom, validTo, fileName, now)
                .update();
        // Serialises imports of the same structure.
        jdbc.sql("select code from org_structure where code = ? for update")
                .param(structureCode)
                .query(String.class)
                .single();

        Map<String, Existing> existing = new HashMap<>();
        jdbc.sql("select id, code, name, parent_id, path, level from org_unit where structure_code = ?")
                .param(structureCode)
                .query(rs -> {
                    long parent = rs.getLong(4);
                    Long parentId = rs.wasNull() ? null : parent;
                    existing.put(
                            rs.getString(2),
                            new Existing(rs.getLong(1), rs.getString(3), parentId, rs.getString(5), rs.getInt(6)));
                });

        long newCount =
                rows.stream().filter(r -> !existing.containsKey(r.code())).count();
        List<Long> ids = newCount == 0
                ? List.of()
                : jdbc.sql("select nextval('org_unit_id_seq') from generate_series(1, ?)")
                        .param(newCount)
                        .query(Long.class)
                        .list();

        // Provinces hang under the national root (ADR 0034), whatever the structure.
        Placed root = nationalRoot();
        Map<String, Placed> placed = new HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> renames = new ArrayList<>();
        List<Object[]> reparents = new ArrayList<>();
        int nextId = 0;
        int unchanged = 0;
        for (UnitCsvParser.Row row : rows) {
            Placed parent = row.parentCode() == null ? root : placed.get(row.parentCode());
            Existing old = existing.get(row.code());
            if (old == null) {
                long id = ids.get(nextId++);
                String path = (parent == null ? "/" : parent.path()) + id + "/";
                int level = parent == null ? 1 : parent.level() + 1;
                inserts.add(new Object[] {
                    id,
                    structureCode,
                    row.code(),
                    row.name(),
                    Texts.fold(row.name()),
                    row.typeCode(),
                    level,
                    parent == null ? null : parent.id(),
                    path,
                    validFrom == null ? null : Date.valueOf(validFrom),
                    validTo == null ? null : Date.valueOf(validTo)
                });
                placed.put(row.code(), new Placed(id, path, level));
                continue;
            }
            Long newParentId = parent == null ? null : parent.id();
            boolean renamed = !old.name().equals(row.name());
            boolean moved = !Objects.equals(old.parentId(), newParentId);
            if (renamed) {
                renames.add(new Object[] {row.name(), Texts.fold(row.name()), row.typeCode(), old.id()});
            }
            if (moved) {
                reparents.add(new Object[] {newParentId, old.id()});
            }
            if (!renamed && !moved) {
                unchanged++;
            }
            String path = moved ? (parent == null ? "/" : parent.path()) + old.id() + "/" : old.path();
            int level = moved ? (parent == null ? 1 : parent.level() + 1) : old.level();
            placed.put(row.code(), new Placed(old.id(), path, level));
        }

        template.batchUpdate("""
                insert into org_unit (id, structure_code, code, name, name_folded, type_code, level, parent_id, path,
                                      valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, inserts);
        template.batchUpdate(
                "update org_unit set name = ?, name_folded = ?, type_code = ?, version = version + 1 where id = ?",
                renames);
        if (!reparents.isEmpty()) {
            template.batchUpdate("update org_unit set parent_id = ?, version = version + 1 where id = ?", reparents);
            recomputePaths(structureCode, root);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new ImportResult(structureCode, inserts.size(), renames.size(), unchanged, millis);
    }

    /** The national root every structure's provinces hang under (created by migration V57). */
    Placed nationalRoot() {
        return jdbc.sql("select id, path, level from org_unit where structure_code = 'VN' and code = 'VN'")
                .query((rs, n) -> new Placed(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .single();
    }

    /** Rebuilds path and level of a whole structure from parent links, after units changed parent. */
    private void recomputePaths(String structureCode, Placed root) {
        jdbc.sql("""
                        with recursive tree(id, path, level) as (
                            select id, ? || id || '/', ? + 1 from org_unit where structure_code = ? and parent_id = ?
                            union all
                            select c.id, t.path || c.id || '/', t.level + 1
                            from org_unit c join tree t on c.parent_id = t.id
                        )
                        update org_unit u set path = tree.path, level = tree.level
                        from tree where u.id = tree.id and (u.path <> tree.path or u.level <> tree.level)
                        """)
                .params(root.path(), root.level(), structureCode, root.id())
                .update();
    }
}
