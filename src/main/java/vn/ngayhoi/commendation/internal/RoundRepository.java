package vn.ngayhoi.commendation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.commendation.AwardType;
import vn.ngayhoi.commendation.NomineeKind;
import vn.ngayhoi.commendation.Round;

/** Rounds, their award types and council members. */
@Repository
public class RoundRepository {

    private static final String SELECT = """
            select r.id, r.campaign_id, c.year, r.authority_unit_id, a.name, a.path, r.vetting_unit_id, v.name,
                   r.title, r.authority_title, r.signer_name, r.nomination_deadline, r.quota_per_unit, r.vetting_days,
                   r.quorum_num, r.quorum_den, r.pass_num, r.pass_den, r.rounding_step, r.cert_offset_x_mm,
                   r.cert_offset_y_mm, r.status, r.version
            from commendation_round r
            join campaign c on c.id = r.campaign_id
            join org_unit a on a.id = r.authority_unit_id
            join org_unit v on v.id = r.vetting_unit_id
            """;

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new round holds. */
    public record NewRound(
            long campaignId,
            long authorityUnitId,
            long vettingUnitId,
            String title,
            String authorityTitle,
            String signerName,
            LocalDate nominationDeadline,
            Integer quotaPerUnit,
            String createdBy,
            OffsetDateTime at) {}

    /** A council member with the role they hold in it. */
    public record Member(long id, String name, String role, String position) {}

    public long insert(NewRound r) {
        return jdbc.sql("""
                        insert into commendation_round (campaign_id, authority_unit_id, vetting_unit_id, title,
                            authority_title, signer_name, nomination_deadline, quota_per_unit, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        r.campaignId(),
                        r.authorityUnitId(),
                        r.vettingUnitId(),
                        r.title(),
                        r.authorityTitle(),
                        r.signerName(),
                        r.nominationDeadline(),
                        r.quotaPerUnit(),
                        r.createdBy(),
                        r.at())
                .query(Long.class)
                .single();
    }

    public Optional<Round> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(id)
                .query(RoundRepository::round)
                .optional();
    }

    public List<Round> ofCampaign(long campaignId) {
        return jdbc.sql(SELECT + " where r.campaign_id = ? order by r.id")
                .param(campaignId)
                .query(RoundRepository::round)
                .list();
    }

    /**
     * One page of the rounds an account sees (the rule of {@code CommendationAccess.seesRound} in the
     * where: its unit vets the round, or its scope holds the authority or lies under it), of one
     * campaign when given, and how many there are.
     */
    public vn.ngayhoi.shared.Slice<Round> page(
            Long campaignId, long actorUnitId, String scopePrefix, boolean newestFirst, long offset, int limit) {
        int from = SELECT.indexOf("from commendation_round r");
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, from),
                SELECT.substring(from)
                        + " where (?::bigint is null or r.campaign_id = ?)"
                        + " and (r.vetting_unit_id = ? or a.path like ? || '%' or ? like a.path || '%')",
                newestFirst ? "order by r.id desc" : "order by r.id",
                java.util.Arrays.asList(campaignId, campaignId, actorUnitId, scopePrefix, scopePrefix),
                RoundRepository::round,
                offset,
                limit);
    }

    public List<Round> all() {
        return jdbc.sql(SELECT + " order by r.id").query(RoundRepository::round).list();
    }

    public boolean updateRules(
            long id,
            int version,
            LocalDate deadline,
            Integer quota,
            int vettingDays,
            int quorumNum,
            int quorumDen,
            int passNum,
            int passDen,
            long roundingStep,
            BigDecimal offsetX,
            BigDecimal offsetY) {
        return jdbc.sql("""
                        update commendation_round set nomination_deadline = ?, quota_per_unit = ?, vetting_days = ?,
                            quorum_num = ?, quorum_den = ?, pass_num = ?, pass_den = ?, rounding_step = ?,
                            cert_offset_x_mm = ?, cert_offset_y_mm = ?, version = version + 1
                        where id = ? and version = ? and status = 'OPEN'
                        """)
                        .params(
                                deadline,
                                quota,
                                vettingDays,
                                quorumNum,
                                quorumDen,
                                passNum,
                                passDen,
                                roundingStep,
                                offsetX,
                                offsetY,
                                id,
                                version)
                        .update()
                == 1;
    }

    public boolean markDecided(long id) {
        return jdbc.sql("update commendation_round set status = 'DECIDED', version = version + 1"
                                + " where id = ? and status = 'OPEN'")
                        .param(id)
                        .update()
                == 1;
    }

    /** Locks the round's row so two decisions or two meetings at once queue behind each other. */
    public void lock(long id) {
        jdbc.sql("select id from commendation_round where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
    }

    public long insertAwardType(
            long roundId, String code, String name, String form, NomineeKind kind, BigDecimal coef) {
        return jdbc.sql("""
                        insert into commendation_award_type (round_id, code, name, form, kind, coefficient)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(roundId, code, name, form, kind.name(), coef)
                .query(Long.class)
                .single();
    }

    public boolean updateCoefficient(long roundId, String code, BigDecimal coef) {
        return jdbc.sql("update commendation_award_type set coefficient = ? where round_id = ? and code = ?")
                        .params(coef, roundId, code)
                        .update()
                == 1;
    }

    public List<AwardType> awardTypes(long roundId) {
        return jdbc.sql("""
                        select id, round_id, code, name, form, kind, coefficient from commendation_award_type
                        where round_id = ? order by id
                        """)
                .param(roundId)
                .query((rs, n) -> new AwardType(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        NomineeKind.valueOf(rs.getString(6)),
                        rs.getBigDecimal(7)))
                .list();
    }

    public void insertMember(long roundId, String name, String role, String position, int ordinal) {
        jdbc.sql("""
                        insert into commendation_council_member (round_id, name, role, position, ordinal)
                        values (?, ?, ?, ?, ?)
                        """).params(roundId, name, role, position, ordinal).update();
    }

    public void deleteMembers(long roundId) {
        jdbc.sql("delete from commendation_council_member where round_id = ?")
                .param(roundId)
                .update();
    }

    public void setSigner(long roundId, String signerName) {
        jdbc.sql("update commendation_round set signer_name = ? where id = ?")
                .params(signerName, roundId)
                .update();
    }

    public List<Member> members(long roundId) {
        return jdbc.sql("""
                        select id, name, role, position from commendation_council_member
                        where round_id = ? order by ordinal, id
                        """)
                .param(roundId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    static Round round(ResultSet rs, int n) throws SQLException {
        return new Round(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getObject(12, LocalDate.class),
                (Integer) rs.getObject(13),
                rs.getInt(14),
                rs.getInt(15),
                rs.getInt(16),
                rs.getInt(17),
                rs.getInt(18),
                rs.getLong(19),
                rs.getBigDecimal(20),
                rs.getBigDecimal(21),
                rs.getString(22),
                rs.getInt(23));
    }
}
