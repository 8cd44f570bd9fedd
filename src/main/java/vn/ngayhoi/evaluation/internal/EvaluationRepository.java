package vn.ngayhoi.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.evaluation.Evaluation;
import vn.ngayhoi.evaluation.Evaluation.Answer;
import vn.ngayhoi.shared.Slice;

/** Evaluations and their answers; every scoped read takes the path prefix. */
@Repository
public class EvaluationRepository {

    private static final String COLUMNS =
            "select e.*, u.code as unit_code, u.name as unit_name, u.type_code as unit_type, a.name as authority_name";

    private static final String JOINS = """
              from evaluation e
              join org_unit u on u.id = e.unit_id
              join org_unit a on a.id = e.authority_unit_id
            """;

    private static final String SELECT = COLUMNS + "\n" + JOINS;

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new evaluation's id, or empty when the unit already registered for the year (a double click). */
    public Optional<Long> insert(
            long ruleSetId,
            long unitId,
            String unitPath,
            int year,
            LocalDate start,
            LocalDate end,
            long authorityUnitId,
            LocalDate registeredOn,
            String registeredBy,
            String resolutionRef,
            String planRef) {
        return jdbc.sql("""
                        insert into evaluation (rule_set_id, unit_id, unit_path, year, period_start, period_end, status,
                               authority_unit_id, registered_on, registered_by, resolution_ref, plan_ref)
                        values (?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?, ?)
                        on conflict (unit_id, year) do nothing
                        returning id
                        """)
                .params(
                        ruleSetId,
                        unitId,
                        unitPath,
                        year,
                        start,
                        end,
                        authorityUnitId,
                        registeredOn,
                        registeredBy,
                        resolutionRef,
                        planRef)
                .query(Long.class)
                .optional();
    }

    public Optional<Evaluation> find(long id) {
        return one(SELECT + " where e.id = ?", id);
    }

    /** The row locked until the transaction ends, so two clicks on one button run one after the other. */
    public Optional<Evaluation> lock(long id) {
        jdbc.sql("select id from evaluation where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return find(id);
    }

    public Optional<Evaluation> ofUnit(long unitId, int year) {
        return one(SELECT + " where e.unit_id = ? and e.year = ?", unitId, year);
    }

    /** The decided evaluations (recognised or not) of the given units, newest year first. */
    public List<Evaluation> decidedOfUnits(List<Long> unitIds) {
        return many(
                SELECT + " where e.unit_id = any(?::bigint[]) and e.status in ('RECOGNISED', 'NOT_RECOGNISED')"
                        + " order by e.year desc, e.unit_path",
                (Object) unitIds.toArray(Long[]::new));
    }

    public List<Evaluation> list(String pathPrefix, int year) {
        return many(SELECT + " where e.unit_path like ? and e.year = ? order by e.unit_path", pathPrefix + "%", year);
    }

    /**
     * One page of a year's evaluations under {@code pathPrefix} in unit order, with their answers:
     * three statements whatever the number of evaluations (page, count, the page's answers).
     */
    public Slice<Evaluation> page(String pathPrefix, int year, long offset, int limit) {
        Slice<Evaluation> found = Slice.read(
                jdbc,
                COLUMNS,
                JOINS + " where e.unit_path like ? and e.year = ?",
                "order by e.unit_path, e.id",
                (rs, n) -> row(rs),
                offset,
                limit,
                pathPrefix + "%",
                year);
        return new Slice<>(withAnswers(found.items()), found.total());
    }

    public List<Evaluation> ofAuthority(long authorityUnitId, String status) {
        return many(
                SELECT + " where e.authority_unit_id = ? and e.status = ? order by e.year, e.unit_path",
                authorityUnitId,
                status);
    }

    /** The recognised units of an authority's year not yet in a decision, locked. */
    public List<Evaluation> awaitingDecision(long authorityUnitId, int year) {
        jdbc.sql("""
                        select id from evaluation where authority_unit_id = ? and year = ? and status = 'RECOGNISED'
                           and decision_doc_id is null for update
                        """).params(authorityUnitId, year).query(Long.class).list();
        return many(SELECT + """
                         where e.authority_unit_id = ? and e.year = ? and e.status = 'RECOGNISED'
                           and e.decision_doc_id is null order by e.unit_path
                        """, authorityUnitId, year);
    }

    public List<Evaluation> editableUnder(String pathPrefix) {
        return many(
                SELECT + " where e.unit_path like ? and e.status in ('REGISTERED', 'RETURNED') order by e.period_end",
                pathPrefix + "%");
    }

    /** Registered and recognised counts among the given units in a year. */
    public long[] counts(List<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return new long[] {0, 0};
        }
        return jdbc.sql("""
                        select count(*), count(*) filter (where status = 'RECOGNISED')
                          from evaluation where year = ? and unit_id = any(?)
                        """)
                .params(year, unitIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    public void setRegistrationDoc(long id, long docId) {
        jdbc.sql("update evaluation set registration_doc_id = ? where id = ?")
                .params(docId, id)
                .update();
    }

    public void saveAnswers(long id, Map<String, Answer> answers) {
        for (var e : answers.entrySet()) {
            Answer a = e.getValue();
            jdbc.sql("""
                            insert into evaluation_answer (evaluation_id, criterion_code, met, value, evidence, self_points)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (evaluation_id, criterion_code) do update
                               set met = excluded.met, value = excluded.value, evidence = excluded.evidence,
                                   self_points = excluded.self_points
                            """)
                    .params(id, e.getKey(), a.met(), a.value(), a.evidence(), a.selfPoints())
                    .update();
        }
    }

    public boolean saveTexts(long id, int version, String report, String minutes) {
        return jdbc.sql("""
                        update evaluation set report_text = ?, minutes_text = ?, version = version + 1
                         where id = ? and version = ? and status in ('REGISTERED', 'RETURNED')
                        """).params(report, minutes, id, version).update() == 1;
    }

    public boolean submit(long id, int version, OffsetDateTime at, int selfScore) {
        return jdbc.sql("""
                        update evaluation set status = 'SUBMITTED', submitted_at = ?, self_score = ?, return_reason = null,
                               version = version + 1
                         where id = ? and version = ? and status in ('REGISTERED', 'RETURNED')
                        """).params(at, selfScore, id, version).update() == 1;
    }

    public boolean decide(
            long id, int version, String status, OffsetDateTime at, String by, int score, String classCode) {
        return jdbc.sql("""
                        update evaluation set status = ?, decided_at = ?, decided_by = ?, score = ?, class_code = ?,
                               version = version + 1
                         where id = ? and version = ? and status = 'SUBMITTED'
                        """)
                        .params(status, at, by, score, classCode, id, version)
                        .update()
                == 1;
    }

    public boolean sendBack(long id, int version, String reason, OffsetDateTime at, String by) {
        return jdbc.sql("""
                        update evaluation set status = 'RETURNED', return_reason = ?, decided_at = ?, decided_by = ?,
                               version = version + 1
                         where id = ? and version = ? and status = 'SUBMITTED'
                        """).params(reason, at, by, id, version).update() == 1;
    }

    public void setDecision(long id, long decisionDocId, String notation, long certificateDocId) {
        jdbc.sql("""
                        update evaluation set decision_doc_id = ?, decision_notation = ?, certificate_doc_id = ?,
                               version = version + 1 where id = ?
                        """).params(decisionDocId, notation, certificateDocId, id).update();
    }

    private Optional<Evaluation> one(String sql, Object... params) {
        List<Evaluation> found = many(sql, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Evaluation> many(String sql, Object... params) {
        return withAnswers(
                jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list());
    }

    private List<Evaluation> withAnswers(List<Evaluation> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Map<String, Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                        select evaluation_id, criterion_code, met, value, evidence, self_points
                          from evaluation_answer where evaluation_id = any(?)
                        """)
                .param(rows.stream().map(Evaluation::id).toArray(Long[]::new))
                .query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(
                                    rs.getString(2),
                                    new Answer(
                                            (Boolean) rs.getObject(3), rs.getBigDecimal(4), rs.getString(5), (Integer)
                                                    rs.getObject(6)));
                });
        return rows.stream()
                .map(e -> withAnswers(e, answers.getOrDefault(e.id(), Map.of())))
                .toList();
    }

    private static Evaluation withAnswers(Evaluation e, Map<String, Answer> a) {
        return new Evaluation(
                e.id(),
                e.ruleSetId(),
                e.unitId(),
                e.unitCode(),
                e.unitName(),
                e.unitTypeCode(),
                e.unitPath(),
                e.year(),
                e.periodStart(),
                e.periodEnd(),
                e.status(),
                e.authorityUnitId(),
                e.authorityUnitName(),
                e.registeredOn(),
                e.registeredBy(),
                e.resolutionRef(),
                e.planRef(),
                e.registrationDocId(),
                e.reportText(),
                e.minutesText(),
                e.submittedAt(),
                e.decidedAt(),
                e.decidedBy(),
                e.returnReason(),
                e.selfScore(),
                e.score(),
                e.classCode(),
                e.decisionDocId(),
                e.decisionNotation(),
                e.certificateDocId(),
                e.version(),
                Map.copyOf(a));
    }

    private static Evaluation row(ResultSet rs) throws SQLException {
        return new Evaluation(
                rs.getLong("id"),
                rs.getLong("rule_set_id"),
                rs.getLong("unit_id"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("unit_type"),
                rs.getString("unit_path"),
                rs.getInt("year"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getString("status"),
                rs.getLong("authority_unit_id"),
                rs.getString("authority_name"),
                rs.getObject("registered_on", LocalDate.class),
                rs.getString("registered_by"),
                rs.getString("resolution_ref"),
                rs.getString("plan_ref"),
                (Long) rs.getObject("registration_doc_id"),
                rs.getString("report_text"),
                rs.getString("minutes_text"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("return_reason"),
                (Integer) rs.getObject("self_score"),
                (Integer) rs.getObject("score"),
                rs.getString("class_code"),
                (Long) rs.getObject("decision_doc_id"),
                rs.getString("decision_notation"),
                (Long) rs.getObject("certificate_doc_id"),
                rs.getInt("version"),
                Map.of());
    }
}
