package vn.ngayhoi.orgunit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.Structure;
import vn.ngayhoi.orgunit.UnitType;
import vn.ngayhoi.shared.security.Scope;

/** SQL for units. Every query that lists units takes the caller's scope as a path prefix. */
@Repository
public class OrgUnitRepository {

    private static final String SELECT = """
            select u.id, u.structure_code, u.code, u.name, u.type_code, u.level, u.parent_id, p.code as parent_code,
                   u.path, u.valid_from, u.valid_to, u.version,
                   exists (select 1 from org_unit c where c.parent_id = u.id) as has_children
            from org_unit u left join org_unit p on p.id = u.parent_id
            """;

    /** The structure and code of the national root (migration V57). */
    public static final String NATIONAL_STRUCTURE = "VN";

    public static final String NATIONAL_CODE = "VN";

    static final RowMapper<OrgUnit> MAPPER = OrgUnitRepository::map;

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrgUnit> findById(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(MAPPER).optional();
    }

    public Optional<String> pathOf(long id) {
        return jdbc.sql("select path from org_unit where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Units carrying {@code code} in any structure, newest structure first. */
    public List<OrgUnit> findByCode(String code) {
        return jdbc.sql(SELECT + " where u.code = ? order by u.valid_from desc nulls last, u.id")
                .param(code)
                .query(MAPPER)
                .list();
    }

    public Optional<OrgUnit> findByStructureAndCode(String structureCode, String code) {
        return jdbc.sql(SELECT + " where u.structure_code = ? and u.code = ?")
                .params(structureCode, code)
                .query(MAPPER)
                .optional();
    }

    public List<OrgUnit> children(long parentId, Scope scope) {
        return jdbc.sql(SELECT + " where u.parent_id = ? and u.path like ?"
                        + " order by (select t.tier from unit_type t where t.code = u.type_code), u.code")
                .params(parentId, scope.pathPrefix() + "%")
                .query(MAPPER)
                .list();
    }

    /**
     * The top units of the scope: for ALL the units right under the national root (the provinces of
     * every structure, newest structure first), otherwise the scope's own unit.
     */
    public List<OrgUnit> roots(Scope scope) {
        if (scope.equals(Scope.ALL)) {
            return jdbc.sql(SELECT + " where u.parent_id = (select r.id from org_unit r where r.structure_code = '"
                            + NATIONAL_STRUCTURE + "' and r.code = '" + NATIONAL_CODE + "')"
                            + " order by u.structure_code = '" + NATIONAL_STRUCTURE + "' desc, u.structure_code desc,"
                            + " u.code")
                    .query(MAPPER)
                    .list();
        }
        String[] ids = scope.pathPrefix().split("/");
        long id = Long.parseLong(ids[ids.length - 1]);
        return findById(id).stream().toList();
    }

    public List<OrgUnit> search(String folded, Scope scope, String structureCode, int limit) {
        return search(folded, scope, structureCode, 0, limit);
    }

    /** One page of a search; the id breaks ties so that pages neither repeat nor skip a unit. */
    public List<OrgUnit> search(String folded, Scope scope, String structureCode, int offset, int limit) {
        return jdbc.sql(SELECT
                        + " where u.name_folded like ? and u.path like ? and (?::text is null or u.structure_code = ?)"
                        + " order by u.level, length(u.name), u.name, u.id offset ? limit ?")
                .params(
                        "%" + escapeLike(folded) + "%",
                        scope.pathPrefix() + "%",
                        structureCode,
                        structureCode,
                        offset,
                        limit)
                .query(MAPPER)
                .list();
    }

    /** Units in scope changed after {@code since}, oldest change first then by id, one page. */
    public List<OrgUnit> changedSince(Scope scope, java.time.Instant since, int offset, int limit) {
        return jdbc.sql(SELECT + " where u.path like ? and u.updated_at > ? order by u.id offset ? limit ?")
                .params(scope.pathPrefix() + "%", java.sql.Timestamp.from(since), offset, limit)
                .query(MAPPER)
                .list();
    }

    public long countChangedSince(Scope scope, java.time.Instant since) {
        return jdbc.sql("select count(*) from org_unit u where u.path like ? and u.updated_at > ?")
                .params(scope.pathPrefix() + "%", java.sql.Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    public long countSearch(String folded, Scope scope, String structureCode) {
        return jdbc.sql("select count(*) from org_unit u where u.name_folded like ? and u.path like ?"
                        + " and (?::text is null or u.structure_code = ?)")
                .params("%" + escapeLike(folded) + "%", scope.pathPrefix() + "%", structureCode, structureCode)
                .query(Long.class)
                .single();
    }

    /** The units on {@code path}, root first. */
    public List<OrgUnit> onPath(String path) {
        Long[] ids = Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toArray(Long[]::new);
        return jdbc.sql(SELECT + " where u.id = any(?) order by u.level")
                .param(ids)
                .query(MAPPER)
                .list();
    }

    public List<OrgUnit> ofTypes(String pathPrefix, List<String> typeCodes) {
        return jdbc.sql(SELECT + " where u.path like ? and u.type_code = any(?) order by u.code")
                .params(pathPrefix + "%", typeCodes.toArray(String[]::new))
                .query(MAPPER)
                .list();
    }

    public long countSubtree(String path) {
        return jdbc.sql("select count(*) from org_unit where path like ?")
                .param(path + "%")
                .query(Long.class)
                .single();
    }

    public List<UnitType> types() {
        return jdbc.sql(
                        "select code, name, territorial, tier, name_prefix, code_prefix from unit_type order by sort_order")
                .query((rs, n) -> new UnitType(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public List<Structure> structures() {
        return jdbc.sql("""
                        select s.code, s.name, s.valid_from, s.valid_to,
                               (select count(*) from org_unit u where u.structure_code = s.code)
                        from org_structure s where s.code <> 'VN' order by s.valid_from desc nulls last
                        """)
                .query((rs, n) -> new Structure(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getLong(5)))
                .list();
    }

    public Optional<OrgUnit> nationalRoot() {
        return findByStructureAndCode(NATIONAL_STRUCTURE, NATIONAL_CODE);
    }

    public long nextLocalCodeNumber() {
        return jdbc.sql("select nextval('org_unit_local_code_seq')")
                .query(Long.class)
                .single();
    }

    public long nextId() {
        return jdbc.sql("select nextval('org_unit_id_seq')").query(Long.class).single();
    }

    public void insert(OrgUnit u) {
        jdbc.sql("""
                        insert into org_unit (id, structure_code, code, name, name_folded, type_code, level, parent_id, path,
                                              valid_from, valid_to)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        u.id(),
                        u.structureCode(),
                        u.code(),
                        u.name(),
                        vn.ngayhoi.shared.Texts.fold(u.name()),
                        u.typeCode(),
                        u.level(),
                        u.parentId(),
                        u.path(),
                        u.validFrom(),
                        u.validTo())
                .update();
    }

    /** Renames if nobody changed the unit since {@code expectedVersion}; false when somebody did. */
    public boolean rename(long id, String name, int expectedVersion) {
        return jdbc.sql(
                                "update org_unit set name = ?, name_folded = ?, version = version + 1 where id = ? and version = ?")
                        .params(name, vn.ngayhoi.shared.Texts.fold(name), id, expectedVersion)
                        .update()
                == 1;
    }

    /** Moves a whole subtree: one statement rewrites the path and level of the unit and its descendants. */
    public int moveSubtree(long id, long newParentId, String oldPath, String newPath, int levelDelta) {
        jdbc.sql("update org_unit set parent_id = ?, version = version + 1 where id = ?")
                .params(newParentId, id)
                .update();
        return jdbc.sql("""
                        update org_unit set path = ? || substr(path, ?), level = level + ?
                        where path like ?
                        """)
                .params(newPath, oldPath.length() + 1, levelDelta, oldPath + "%")
                .update();
    }

    public int dissolveSubtree(String path, LocalDate lastDay) {
        return jdbc.sql("""
                        update org_unit set valid_to = ?, version = version + 1
                        where path like ? and (valid_to is null or valid_to > ?)
                        """).params(lastDay, path + "%", lastDay).update();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OrgUnit map(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new OrgUnit(
                rs.getLong("id"),
                rs.getString("structure_code"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("type_code"),
                rs.getInt("level"),
                parentId,
                rs.getString("parent_code"),
                rs.getString("path"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getInt("version"),
                rs.getBoolean("has_children"));
    }
}
