package vn.ngayhoi.commendation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.commendation.Nomination;
import vn.ngayhoi.commendation.NominationStatus;
import vn.ngayhoi.commendation.NomineeKind;

/**
 * Nominations and submissions. Reads return every field; the services take the personal ones out
 * for readers who may not see them.
 */
@Repository
public class NominationRepository {

    private static final String SELECT = """
            select n.id, n.round_id, n.unit_id, u.code, u.name, u.path, n.kind, n.nominee_unit_id, n.name, n.gender,
                   n.birth_year, n.position, n.address, n.women_percent, n.achievement, n.award_type_id, t.code, t.name,
                   n.cites_report_id, n.cites_festival_id, n.status, n.reason, n.submission_id, n.received_on, n.due_on,
                   n.discipline_pending, n.discipline_note, n.version, n.cited_summary
            from commendation_nomination n
            join org_unit u on u.id = n.unit_id
            join commendation_award_type t on t.id = n.award_type_id
            """;

    private final JdbcClient jdbc;

    NominationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nominee and achievement as typed, checked. */
    public record Fields(
            NomineeKind kind,
            Long nomineeUnitId,
            String name,
            String gender,
            Integer birthYear,
            String position,
            String address,
            Integer womenPercent,
            String achievement,
            long awardTypeId,
            String nomineeKey,
            Long citesReportId,
            Long citesFestivalId,
            String citedSummary) {}

    /** A Tờ trình's row. */
    public record Submission(long id, long roundId, long unitId, Long documentId, String numberLine, LocalDate on) {}

    public long insert(long roundId, long unitId, Fields f, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into commendation_nomination (round_id, unit_id, kind, nominee_unit_id, name, gender,
                            birth_year, position, address, women_percent, achievement, award_type_id, nominee_key,
                            cites_report_id, cites_festival_id, cited_summary, status, created_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)
                        on conflict (round_id, nominee_key) do nothing
                        returning id
                        """)
                .params(
                        roundId,
                        unitId,
                        f.kind().name(),
                        f.nomineeUnitId(),
                        f.name(),
                        f.gender(),
                        f.birthYear(),
                        f.position(),
                        f.address(),
                        f.womenPercent(),
                        f.achievement(),
                        f.awardTypeId(),
                        f.nomineeKey(),
                        f.citesReportId(),
                        f.citesFestivalId(),
                        f.citedSummary(),
                        by,
                        at)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    /** Changes an editable nomination; false when the version moved or the key clashes. */
    public boolean update(long id, int version, Fields f, OffsetDateTime at) {
        return jdbc.sql("""
                        update commendation_nomination set kind = ?, nominee_unit_id = ?, name = ?, gender = ?,
                            birth_year = ?, position = ?, address = ?, women_percent = ?, achievement = ?,
                            award_type_id = ?, nominee_key = ?, cites_report_id = ?, cites_festival_id = ?,
                            cited_summary = ?, version = version + 1, updated_at = ?
                        where id = ? and version = ? and status in ('DRAFT', 'RETURNED')
                          and not exists (select 1 from commendation_nomination o
                                          where o.round_id = commendation_nomination.round_id
                                            and o.nominee_key = ? and o.id <> ?)
                        """)
                        .params(
                                f.kind().name(),
                                f.nomineeUnitId(),
                                f.name(),
                                f.gender(),
                                f.birthYear(),
                                f.position(),
                                f.address(),
                                f.womenPercent(),
                                f.achievement(),
                                f.awardTypeId(),
                                f.nomineeKey(),
                                f.citesReportId(),
                                f.citesFestivalId(),
                                f.citedSummary(),
                                at,
                                id,
                                version,
                                f.nomineeKey(),
                                id)
                        .update()
                == 1;
    }

    public Optional<Nomination> find(long id) {
        return jdbc.sql(SELECT + " where n.id = ?")
                .param(id)
                .query(NominationRepository::row)
                .optional();
    }

    public boolean keyTaken(long roundId, String key) {
        return jdbc.sql("select count(*) from commendation_nomination where round_id = ? and nominee_key = ?")
                        .params(roundId, key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Nominations of the round whose unit lies under {@code pathPrefix} (null: all of the round). */
    public List<Nomination> ofRound(long roundId, String pathPrefix) {
        return jdbc.sql(SELECT + " where n.round_id = ? and (cast(? as text) is null or u.path like ? || '%')"
                        + " order by n.id")
                .params(roundId, pathPrefix, pathPrefix)
                .query(NominationRepository::row)
                .list();
    }

    /** {@link #ofRound} a page at a time, in id order, with how many there are. */
    public vn.ngayhoi.shared.Slice<Nomination> pageOfRound(long roundId, String pathPrefix, long offset, int limit) {
        int from = SELECT.indexOf("from commendation_nomination n");
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, from),
                SELECT.substring(from) + " where n.round_id = ? and (cast(? as text) is null or u.path like ? || '%')",
                "order by n.id",
                java.util.Arrays.asList(roundId, pathPrefix, pathPrefix),
                NominationRepository::row,
                offset,
                limit);
    }

    public int countOfUnit(long roundId, long unitId) {
        return jdbc.sql("select count(*) from commendation_nomination where round_id = ? and unit_id = ?"
                        + " and status <> 'REJECTED'")
                .params(roundId, unitId)
                .query(Integer.class)
                .single();
    }

    /** Submitted nominations waiting for the department, by due date. */
    public List<Nomination> awaitingVetting(long vettingUnitId) {
        return jdbc.sql(SELECT + " join commendation_round r on r.id = n.round_id"
                        + " where n.status = 'SUBMITTED' and r.vetting_unit_id = ? order by n.due_on, n.id")
                .param(vettingUnitId)
                .query(NominationRepository::row)
                .list();
    }

    /** Submitted nominations past due in rounds whose authority lies under {@code pathPrefix}. */
    public List<Nomination> overdueUnder(String pathPrefix, LocalDate today) {
        return jdbc.sql(
                        SELECT
                                + " join commendation_round r on r.id = n.round_id join org_unit a on a.id = r.authority_unit_id"
                                + " where n.status = 'SUBMITTED' and n.due_on < ? and a.path like ? || '%' order by n.due_on, n.id")
                .params(today, pathPrefix)
                .query(NominationRepository::row)
                .list();
    }

    /** Returned nominations of a unit, for its to-do list. */
    public List<Nomination> returnedOf(long unitId) {
        return jdbc.sql(SELECT + " where n.status = 'RETURNED' and n.unit_id = ? order by n.id")
                .param(unitId)
                .query(NominationRepository::row)
                .list();
    }

    public long insertSubmission(long roundId, long unitId, LocalDate on, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into commendation_submission (round_id, unit_id, submitted_on, submitted_by, submitted_at)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(roundId, unitId, on, by, at)
                .query(Long.class)
                .single();
    }

    public void setSubmissionDocument(long submissionId, long documentId, String numberLine) {
        jdbc.sql("update commendation_submission set document_id = ?, number_line = ? where id = ?")
                .params(documentId, numberLine, submissionId)
                .update();
    }

    private static final String SUBMISSION =
            "select id, round_id, unit_id, document_id, number_line, submitted_on" + " from commendation_submission";

    public Optional<Submission> submission(long id) {
        return jdbc.sql(SUBMISSION + " where id = ?")
                .param(id)
                .query(NominationRepository::submission)
                .optional();
    }

    public List<Submission> submissionsOfRound(long roundId) {
        return jdbc.sql(SUBMISSION + " where round_id = ? order by id")
                .param(roundId)
                .query(NominationRepository::submission)
                .list();
    }

    private static Submission submission(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Submission(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                (Long) rs.getObject(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class));
    }

    /** Marks the unit's editable nominations submitted; returns how many. */
    public int markSubmitted(List<Long> ids, long submissionId, LocalDate received, LocalDate due, OffsetDateTime at) {
        int n = 0;
        for (long id : ids) {
            n += jdbc.sql("""
                            update commendation_nomination set status = 'SUBMITTED', submission_id = ?, received_on = ?,
                                due_on = ?, reason = null, version = version + 1, updated_at = ?
                            where id = ? and status in ('DRAFT', 'RETURNED')
                            """).params(submissionId, received, due, at, id).update();
        }
        return n;
    }

    public boolean vet(long id, int version, NominationStatus to, String reason, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        update commendation_nomination set status = ?, reason = ?, vetted_by = ?, vetted_at = ?,
                            version = version + 1, updated_at = ?
                        where id = ? and version = ? and status = 'SUBMITTED'
                        """).params(to.name(), reason, by, at, at, id, version).update() == 1;
    }

    public boolean flagDiscipline(long id, int version, boolean pending, String note, OffsetDateTime at) {
        return jdbc.sql("""
                        update commendation_nomination set discipline_pending = ?, discipline_note = ?,
                            version = version + 1, updated_at = ?
                        where id = ? and version = ?
                        """).params(pending, note, at, id, version).update() == 1;
    }

    static Nomination row(ResultSet rs, int n) throws SQLException {
        return new Nomination(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                NomineeKind.valueOf(rs.getString(7)),
                (Long) rs.getObject(8),
                rs.getString(9),
                rs.getString(10),
                (Integer) rs.getObject(11),
                rs.getString(12),
                rs.getString(13),
                (Integer) rs.getObject(14),
                rs.getString(15),
                rs.getLong(16),
                rs.getString(17),
                rs.getString(18),
                (Long) rs.getObject(19),
                (Long) rs.getObject(20),
                NominationStatus.valueOf(rs.getString(21)),
                rs.getString(22),
                (Long) rs.getObject(23),
                rs.getObject(24, LocalDate.class),
                rs.getObject(25, LocalDate.class),
                rs.getBoolean(26),
                rs.getString(27),
                rs.getInt(28),
                rs.getString(29),
                true);
    }
}
