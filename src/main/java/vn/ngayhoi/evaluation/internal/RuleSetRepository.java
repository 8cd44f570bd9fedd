package vn.ngayhoi.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.evaluation.Criterion;
import vn.ngayhoi.evaluation.RuleSet;
import vn.ngayhoi.evaluation.UnitKind;

/** Rule sets with their criteria and class thresholds. */
@Repository
public class RuleSetRepository {

    private static final String COLUMNS = """
            id, unit_kind, name, legal_basis, status, effective_from, copied_from_id, period_start, period_end,
            registration_from, registration_to, authority_tier, authority_role, authority_title, recognition_due,
            classification_due, due_roll, registration_files, recognition_files, version
            """;

    private final JdbcClient jdbc;

    RuleSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RuleSet> all() {
        return jdbc
                .sql("select " + COLUMNS
                        + " from evaluation_rule_set order by unit_kind, effective_from nulls last, id")
                .query((rs, n) -> head(rs))
                .list()
                .stream()
                .map(this::complete)
                .toList();
    }

    public Optional<RuleSet> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_rule_set where id = ?")
                .param(id)
                .query((rs, n) -> head(rs))
                .optional()
                .map(this::complete);
    }

    /** The active version in force for a period ending on {@code periodEnd}: the latest that took effect by then. */
    public Optional<RuleSet> applicable(UnitKind kind, LocalDate periodEnd) {
        return jdbc.sql("select " + COLUMNS + """
                         from evaluation_rule_set
                        where unit_kind = ? and status = 'ACTIVE' and effective_from <= ?
                        order by effective_from desc, id desc limit 1
                        """)
                .params(kind.name(), periodEnd)
                .query((rs, n) -> head(rs))
                .optional()
                .map(this::complete);
    }

    /** A draft copy of a set, criteria and thresholds included. */
    public long copy(long id, String name) {
        long copy = jdbc.sql("""
                        insert into evaluation_rule_set (unit_kind, name, legal_basis, status, effective_from, copied_from_id,
                               period_start, period_end, registration_from, registration_to, authority_tier, authority_role,
                               authority_title, recognition_due, classification_due, due_roll, registration_files,
                               recognition_files)
                        select unit_kind, ?, legal_basis, 'DRAFT', null, id, period_start, period_end, registration_from,
                               registration_to, authority_tier, authority_role, authority_title, recognition_due,
                               classification_due, due_roll, registration_files, recognition_files
                          from evaluation_rule_set where id = ?
                        returning id
                        """).params(name, id).query(Long.class).single();
        jdbc.sql("""
                        insert into evaluation_criterion (rule_set_id, position, code, text, kind, source, comparison,
                               threshold, points, required)
                        select ?, position, code, text, kind, source, comparison, threshold, points, required
                          from evaluation_criterion where rule_set_id = ?
                        """).params(copy, id).update();
        jdbc.sql("""
                        insert into evaluation_class_threshold (rule_set_id, class_code, min_points)
                        select ?, class_code, min_points from evaluation_class_threshold where rule_set_id = ?
                        """).params(copy, id).update();
        return copy;
    }

    /** The editable settings of a draft; false when it is no longer a draft at that version. */
    public boolean updateSettings(long id, int version, Settings s) {
        return jdbc.sql("""
                        update evaluation_rule_set set name = ?, legal_basis = ?, period_start = ?, period_end = ?,
                               registration_from = ?, registration_to = ?, authority_tier = ?, authority_title = ?,
                               recognition_due = ?, classification_due = ?, due_roll = ?, registration_files = ?,
                               recognition_files = ?, version = version + 1
                         where id = ? and version = ? and status = 'DRAFT'
                        """)
                        .params(
                                s.name(),
                                s.legalBasis(),
                                s.periodStart(),
                                s.periodEnd(),
                                s.registrationFrom(),
                                s.registrationTo(),
                                s.authorityTier(),
                                s.authorityTitle(),
                                s.recognitionDue(),
                                s.classificationDue(),
                                s.dueRoll(),
                                s.registrationFiles(),
                                s.recognitionFiles(),
                                id,
                                version)
                        .update()
                == 1;
    }

    /** The settings an administrator edits on a draft copy. */
    public record Settings(
            String name,
            String legalBasis,
            String periodStart,
            String periodEnd,
            String registrationFrom,
            String registrationTo,
            String authorityTier,
            String authorityTitle,
            String recognitionDue,
            String classificationDue,
            String dueRoll,
            String registrationFiles,
            String recognitionFiles) {}

    public void updateCriterion(long setId, String code, String text, BigDecimal threshold, int points) {
        jdbc.sql(
                        "update evaluation_criterion set text = ?, threshold = ?, points = ? where rule_set_id = ? and code = ?")
                .params(text, threshold, points, setId, code)
                .update();
    }

    public void updateThreshold(long setId, String classCode, int minPoints) {
        jdbc.sql("update evaluation_class_threshold set min_points = ? where rule_set_id = ? and class_code = ?")
                .params(minPoints, setId, classCode)
                .update();
    }

    public boolean activate(long id, int version, LocalDate from) {
        return jdbc.sql("""
                        update evaluation_rule_set set status = 'ACTIVE', effective_from = ?, version = version + 1
                         where id = ? and version = ? and status = 'DRAFT'
                        """).params(from, id, version).update() == 1;
    }

    private RuleSet complete(RuleSet s) {
        List<Criterion> criteria = jdbc.sql("""
                        select code, text, kind, source, comparison, threshold, points, required
                          from evaluation_criterion where rule_set_id = ? order by position, id
                        """)
                .param(s.id())
                .query((rs, n) -> new Criterion(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getInt(7),
                        rs.getBoolean(8)))
                .list();
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        jdbc.sql("select class_code, min_points from evaluation_class_threshold where rule_set_id = ?")
                .param(s.id())
                .query(rs -> {
                    thresholds.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String c : RuleSet.CLASSES) {
            if (thresholds.containsKey(c)) {
                ordered.put(c, thresholds.get(c));
            }
        }
        return new RuleSet(
                s.id(),
                s.unitKind(),
                s.name(),
                s.legalBasis(),
                s.status(),
                s.effectiveFrom(),
                s.copiedFromId(),
                s.periodStart(),
                s.periodEnd(),
                s.registrationFrom(),
                s.registrationTo(),
                s.authorityTier(),
                s.authorityRole(),
                s.authorityTitle(),
                s.recognitionDue(),
                s.classificationDue(),
                s.dueRoll(),
                s.registrationFiles(),
                s.recognitionFiles(),
                s.version(),
                new ArrayList<>(criteria),
                ordered);
    }

    private static RuleSet head(ResultSet rs) throws SQLException {
        return new RuleSet(
                rs.getLong("id"),
                UnitKind.valueOf(rs.getString("unit_kind")),
                rs.getString("name"),
                rs.getString("legal_basis"),
                rs.getString("status"),
                rs.getObject("effective_from", LocalDate.class),
                (Long) rs.getObject("copied_from_id"),
                rs.getString("period_start"),
                rs.getString("period_end"),
                rs.getString("registration_from"),
                rs.getString("registration_to"),
                rs.getString("authority_tier"),
                rs.getString("authority_role"),
                rs.getString("authority_title"),
                rs.getString("recognition_due"),
                rs.getString("classification_due"),
                rs.getString("due_roll"),
                rs.getString("registration_files"),
                rs.getString("recognition_files"),
                rs.getInt("version"),
                List.of(),
                Map.of());
    }
}
