package vn.ngayhoi.commendation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The council's meetings and votes, the decision and its award lines. */
@Repository
public class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Meeting(
            long id,
            long roundId,
            LocalDate heldOn,
            int members,
            int present,
            boolean quorate,
            Long documentId,
            String numberLine) {}

    public record Vote(long nominationId, int inFavour, int against, boolean passed) {}

    public record Decision(
            long id,
            long roundId,
            long meetingId,
            LocalDate decidedOn,
            long baseSalary,
            long total,
            Long documentId,
            String numberLine,
            String notation,
            String signerName) {}

    public record Award(long nominationId, int lineNo, BigDecimal coefficient, long amount) {}

    public long insertMeeting(
            long roundId, LocalDate on, int members, int present, boolean quorate, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into commendation_meeting (round_id, held_on, members, present, quorate, recorded_by,
                            recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(roundId, on, members, present, quorate, by, at)
                .query(Long.class)
                .single();
    }

    public void insertVote(long meetingId, long nominationId, int inFavour, int against, boolean passed) {
        jdbc.sql("""
                        insert into commendation_vote (meeting_id, nomination_id, in_favour, against, passed)
                        values (?, ?, ?, ?, ?)
                        """).params(meetingId, nominationId, inFavour, against, passed).update();
    }

    public void setMeetingDocument(long meetingId, long documentId, String numberLine) {
        jdbc.sql("update commendation_meeting set document_id = ?, number_line = ? where id = ?")
                .params(documentId, numberLine, meetingId)
                .update();
    }

    /** The round's latest meeting. */
    public Optional<Meeting> lastMeeting(long roundId) {
        return jdbc.sql("""
                        select id, round_id, held_on, members, present, quorate, document_id, number_line
                        from commendation_meeting where round_id = ? order by id desc limit 1
                        """)
                .param(roundId)
                .query((rs, n) -> new Meeting(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getBoolean(6),
                        (Long) rs.getObject(7),
                        rs.getString(8)))
                .optional();
    }

    public List<Vote> votes(long meetingId) {
        return jdbc.sql("""
                        select nomination_id, in_favour, against, passed from commendation_vote
                        where meeting_id = ? order by nomination_id
                        """)
                .param(meetingId)
                .query((rs, n) -> new Vote(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
    }

    public long insertDecision(
            long roundId,
            long meetingId,
            LocalDate on,
            long baseSalary,
            long total,
            String signerName,
            String by,
            OffsetDateTime at) {
        return jdbc.sql("""
                        insert into commendation_decision (round_id, meeting_id, decided_on, base_salary, total,
                            signer_name, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(roundId, meetingId, on, baseSalary, total, signerName, by, at)
                .query(Long.class)
                .single();
    }

    public void setDecisionDocument(long decisionId, long documentId, String numberLine, String notation) {
        jdbc.sql("update commendation_decision set document_id = ?, number_line = ?, notation = ? where id = ?")
                .params(documentId, numberLine, notation, decisionId)
                .update();
    }

    public void insertAward(long decisionId, long nominationId, int lineNo, BigDecimal coefficient, long amount) {
        jdbc.sql("""
                        insert into commendation_award (decision_id, nomination_id, line_no, coefficient, amount)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(decisionId, nominationId, lineNo, coefficient, amount)
                .update();
    }

    public Optional<Decision> decisionOfRound(long roundId) {
        return jdbc.sql("""
                        select id, round_id, meeting_id, decided_on, base_salary, total, document_id, number_line, notation,
                               signer_name
                        from commendation_decision where round_id = ?
                        """)
                .param(roundId)
                .query((rs, n) -> new Decision(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getLong(5),
                        rs.getLong(6),
                        (Long) rs.getObject(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .optional();
    }

    public List<Award> awards(long decisionId) {
        return jdbc.sql("""
                        select nomination_id, line_no, coefficient, amount from commendation_award
                        where decision_id = ? order by line_no
                        """)
                .param(decisionId)
                .query((rs, n) -> new Award(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getLong(4)))
                .list();
    }

    /** Awards of decisions of a campaign dated on or before {@code day}: name, unit path, form. */
    public record Awardee(
            long nominationId,
            String name,
            String unitName,
            String unitPath,
            String awardName,
            LocalDate decidedOn,
            String numberLine) {}

    public List<Awardee> awardeesOfCampaign(long campaignId, LocalDate day) {
        return jdbc.sql("""
                        select n.id, n.name, u.name, u.path, t.name, d.decided_on, d.number_line
                        from commendation_award a
                        join commendation_decision d on d.id = a.decision_id
                        join commendation_round r on r.id = d.round_id
                        join commendation_nomination n on n.id = a.nomination_id
                        join org_unit u on u.id = n.unit_id
                        join commendation_award_type t on t.id = n.award_type_id
                        where r.campaign_id = ? and d.decided_on <= ?
                        order by d.id, a.line_no
                        """)
                .params(campaignId, day)
                .query((rs, n) -> new Awardee(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
    }

    /** An award with what the history shows and the scope needs. */
    public record AwardRecord(
            String name,
            String kind,
            String unitName,
            String unitPath,
            long vettingUnitId,
            String awardName,
            int year,
            String numberLine,
            LocalDate decidedOn,
            long amount) {}

    /** Every award of every decision, newest first; the history filters by scope and name. */
    public List<AwardRecord> allAwards() {
        return jdbc.sql("""
                        select n.name, n.kind, u.name, u.path, r.vetting_unit_id, t.name, extract(year from d.decided_on)::int,
                               d.number_line, d.decided_on, a.amount
                        from commendation_award a
                        join commendation_decision d on d.id = a.decision_id
                        join commendation_round r on r.id = d.round_id
                        join commendation_nomination n on n.id = a.nomination_id
                        join org_unit u on u.id = n.unit_id
                        join commendation_award_type t on t.id = n.award_type_id
                        order by d.decided_on desc, d.id desc, a.line_no
                        """)
                .query((rs, n) -> new AwardRecord(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getLong(10)))
                .list();
    }

    /** Nominated and awarded counts of a unit's own nominations in a campaign, by kind. */
    public record Counts(
            long collectivesProposed, long collectivesAwarded, long individualsProposed, long individualsAwarded) {}

    public Counts countsOfUnit(long campaignId, long unitId) {
        return jdbc.sql("""
                        select count(*) filter (where n.kind = 'COLLECTIVE' and n.status <> 'DRAFT'),
                               count(a.id) filter (where n.kind = 'COLLECTIVE'),
                               count(*) filter (where n.kind <> 'COLLECTIVE' and n.status <> 'DRAFT'),
                               count(a.id) filter (where n.kind <> 'COLLECTIVE')
                        from commendation_nomination n
                        join commendation_round r on r.id = n.round_id
                        left join commendation_award a on a.nomination_id = n.id
                        where r.campaign_id = ? and n.unit_id = ?
                        """)
                .params(campaignId, unitId)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }
}
