package vn.ngayhoi.commendation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.commendation.CommendationEvents.RoundChanged;
import vn.ngayhoi.commendation.CommendationEvents.RoundCreated;
import vn.ngayhoi.commendation.internal.RoundRepository;
import vn.ngayhoi.commendation.internal.RoundRepository.Member;
import vn.ngayhoi.commendation.internal.RoundRepository.NewRound;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.Actor;

/**
 * Commendation rounds of a campaign: made and changed by the standing office or the department that
 * vets; every rule is data on the round (deadline, quota, vetting days, quorum and pass share,
 * rounding step, certificate offsets, award types and their coefficients, the council's members).
 */
@Service
public class CommendationRounds {

    /** A council member as the round lists them; {@code role} CHAIR, VICE_CHAIR, MEMBER or SECRETARY. */
    public record CouncilMember(String name, String role, String position) {}

    /**
     * The Giấy khen a round gives unless edited (DOMAIN §8): collective 0.6, individual 0.3, household
     * 1.5 × individual.
     */
    static final List<Object[]> DEFAULT_TYPES = List.of(
            new Object[] {"GK_TT", "Giấy khen (tập thể)", NomineeKind.COLLECTIVE, new BigDecimal("0.6")},
            new Object[] {"GK_CN", "Giấy khen (cá nhân)", NomineeKind.INDIVIDUAL, new BigDecimal("0.3")},
            new Object[] {"GK_HGD", "Giấy khen (hộ gia đình)", NomineeKind.HOUSEHOLD, new BigDecimal("0.45")});

    private final RoundRepository rounds;
    private final CommendationAccess access;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommendationRounds(
            RoundRepository rounds,
            CommendationAccess access,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.campaigns = campaigns;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** The rounds of a campaign the account sees (404 for a campaign outside its scope). */
    public List<Round> list(long campaignId) {
        campaigns.get(campaignId);
        Actor a = access.actor();
        return rounds.ofCampaign(campaignId).stream()
                .filter(r -> access.seesRound(a, r))
                .toList();
    }

    /** Every round the account sees, newest first. */
    public List<Round> listAll() {
        Actor a = access.actor();
        return rounds.all().stream()
                .filter(r -> access.seesRound(a, r))
                .sorted(java.util.Comparator.comparingLong(Round::id).reversed())
                .toList();
    }

    public Round get(long id) {
        return access.round(id);
    }

    public List<AwardType> awardTypes(long roundId) {
        access.round(roundId);
        return rounds.awardTypes(roundId);
    }

    public List<CouncilMember> council(long roundId) {
        access.round(roundId);
        return members(roundId);
    }

    List<CouncilMember> members(long roundId) {
        return rounds.members(roundId).stream()
                .map((Member m) -> new CouncilMember(m.name(), m.role(), m.position()))
                .toList();
    }

    /** What the account may do in the round, for the pages. */
    public record Abilities(boolean runs, boolean vets, boolean decides, boolean nominates, boolean personal) {}

    public Abilities abilities(Round r) {
        Actor a = access.actor();
        return new Abilities(
                access.runs(a, r),
                access.vets(a, r),
                access.decides(a, r),
                access.nominates(a) && !r.decided(),
                a.unitId() == r.vettingUnitId() || a.unitId() == r.authorityUnitId());
    }

    /**
     * A new round of the campaign, decided by the chairman of the unit the campaign's committee stands
     * under, vetted by {@code vettingUnitCode} (Phòng Nội vụ), with the default Giấy khen types.
     */
    @Transactional
    public Round create(long campaignId, String title, String vettingUnitCode, LocalDate deadline) {
        Campaign c = campaigns.get(campaignId);
        Actor a = access.actor();
        access.require(a.has(vn.ngayhoi.shared.security.Role.STANDING_OFFICE)
                || a.has(vn.ngayhoi.shared.security.Role.DEPARTMENT_OFFICER));
        OrgUnit committee = units.systemFindById(c.committeeId()).orElseThrow();
        OrgUnit authority = units.systemFindById(committee.actingUnitId()).orElseThrow();
        List<Problem> problems = new ArrayList<>();
        String t = Texts.clean(title);
        if (t == null || t.isEmpty() || t.length() > 500) {
            problems.add(new Problem("title", "commendation.round.title"));
        }
        if (deadline == null) {
            problems.add(new Problem("deadline", "commendation.round.deadline"));
        }
        OrgUnit vetting = null;
        if (vettingUnitCode == null || vettingUnitCode.isBlank()) {
            problems.add(new Problem("vettingUnit", "commendation.round.vettingUnit"));
        } else {
            vetting = units.systemFindByCode(vettingUnitCode.strip(), LocalDate.now(clock))
                    .filter(u -> u.path().startsWith(authority.path()))
                    .orElse(null);
            if (vetting == null) {
                problems.add(new Problem("vettingUnit", "commendation.round.vettingUnit"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (a.unitId() != vetting.id() && !access.runs(a, probe(authority, vetting))) {
            access.require(false);
        }
        return insert(c, authority, vetting, t, deadline, a.username());
    }

    private static Round probe(OrgUnit authority, OrgUnit vetting) {
        return new Round(
                0,
                0,
                0,
                authority.id(),
                authority.name(),
                authority.path(),
                vetting.id(),
                vetting.name(),
                "",
                "",
                null,
                null,
                null,
                20,
                2,
                3,
                1,
                2,
                10000,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                "OPEN",
                0);
    }

    /** Start-up and tests: a round without an account. */
    @Transactional
    public Round systemCreate(
            long campaignId, String title, long vettingUnitId, LocalDate deadline, String signerName, String by) {
        Campaign c = campaigns.systemFind(campaignId).orElseThrow();
        OrgUnit committee = units.systemFindById(c.committeeId()).orElseThrow();
        OrgUnit authority = units.systemFindById(committee.actingUnitId()).orElseThrow();
        OrgUnit vetting = units.systemFindById(vettingUnitId).orElseThrow();
        Round r = insert(c, authority, vetting, title, deadline, by);
        if (signerName != null) {
            rounds.setSigner(r.id(), signerName);
        }
        return rounds.find(r.id()).orElseThrow();
    }

    private Round insert(Campaign c, OrgUnit authority, OrgUnit vetting, String title, LocalDate deadline, String by) {
        String authorityTitle = "Chủ tịch UBND " + lowerFirst(authority.name());
        long id = rounds.insert(new NewRound(
                c.id(),
                authority.id(),
                vetting.id(),
                title,
                authorityTitle,
                null,
                deadline,
                null,
                by,
                OffsetDateTime.now(clock)));
        for (Object[] t : DEFAULT_TYPES) {
            rounds.insertAwardType(
                    id, (String) t[0], (String) t[1], "GIAY_KHEN", (NomineeKind) t[2], (BigDecimal) t[3]);
        }
        events.publishEvent(new RoundCreated(id, c.id(), title));
        return rounds.find(id).orElseThrow();
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The round's rules; every figure the law gives is edited here. */
    public record Rules(
            LocalDate deadline,
            Integer quotaPerUnit,
            int vettingDays,
            int quorumNum,
            int quorumDen,
            int passNum,
            int passDen,
            long roundingStep,
            BigDecimal certOffsetXmm,
            BigDecimal certOffsetYmm) {}

    @Transactional
    public Round changeRules(long roundId, Rules rules, int version) {
        Round r = access.round(roundId);
        access.require(access.runs(access.actor(), r));
        if (r.decided()) {
            throw new ConflictException("commendation.round.decided");
        }
        List<Problem> problems = new ArrayList<>();
        if (rules.deadline() == null) {
            problems.add(new Problem("deadline", "commendation.round.deadline"));
        }
        if (rules.quorumNum() <= 0
                || rules.quorumDen() < rules.quorumNum()
                || rules.passNum() <= 0
                || rules.passDen() < rules.passNum()) {
            problems.add(new Problem("quorum", "commendation.round.shares"));
        }
        if (rules.vettingDays() < 1 || rules.vettingDays() > 120) {
            problems.add(new Problem("vettingDays", "commendation.round.vettingDays"));
        }
        if (rules.roundingStep() < 1 || rules.roundingStep() > 1_000_000) {
            problems.add(new Problem("roundingStep", "commendation.round.roundingStep"));
        }
        if (rules.quotaPerUnit() != null && rules.quotaPerUnit() < 1) {
            problems.add(new Problem("quotaPerUnit", "commendation.round.quota"));
        }
        BigDecimal x = rules.certOffsetXmm() == null ? BigDecimal.ZERO : rules.certOffsetXmm();
        BigDecimal y = rules.certOffsetYmm() == null ? BigDecimal.ZERO : rules.certOffsetYmm();
        if (x.abs().compareTo(new BigDecimal("50")) > 0 || y.abs().compareTo(new BigDecimal("50")) > 0) {
            problems.add(new Problem("certOffset", "commendation.round.offset"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!rounds.updateRules(
                roundId,
                version,
                rules.deadline(),
                rules.quotaPerUnit(),
                rules.vettingDays(),
                rules.quorumNum(),
                rules.quorumDen(),
                rules.passNum(),
                rules.passDen(),
                rules.roundingStep(),
                x,
                y)) {
            throw new ConflictException("commendation.changedMeanwhile");
        }
        events.publishEvent(new RoundChanged(roundId, "quy định của đợt"));
        return rounds.find(roundId).orElseThrow();
    }

    /** Changes an award type's coefficient (× lương cơ sở). */
    @Transactional
    public void changeCoefficient(long roundId, String code, BigDecimal coefficient) {
        Round r = access.round(roundId);
        access.require(access.runs(access.actor(), r));
        if (coefficient == null || coefficient.signum() < 0 || coefficient.compareTo(BigDecimal.TEN) > 0) {
            throw ValidationException.of("coefficient", "commendation.round.coefficient");
        }
        if (r.decided()) {
            throw new ConflictException("commendation.round.decided");
        }
        if (!rounds.updateCoefficient(roundId, code, coefficient)) {
            throw ValidationException.of("awardType", "commendation.nomination.awardType", code);
        }
        events.publishEvent(new RoundChanged(roundId, code + " = " + coefficient.toPlainString()));
    }

    /** Replaces the council's members (the first CHAIR signs the minutes). */
    @Transactional
    public void setCouncil(long roundId, List<CouncilMember> members) {
        Round r = access.round(roundId);
        access.require(access.runs(access.actor(), r));
        systemSetCouncil(roundId, members);
    }

    @Transactional
    public void systemSetCouncil(long roundId, List<CouncilMember> members) {
        List<Problem> problems = new ArrayList<>();
        for (CouncilMember m : members) {
            if (Texts.clean(m.name()) == null
                    || Texts.clean(m.name()).isEmpty()
                    || !List.of("CHAIR", "VICE_CHAIR", "MEMBER", "SECRETARY").contains(m.role())
                    || Texts.clean(m.position()) == null
                    || Texts.clean(m.position()).isEmpty()) {
                problems.add(new Problem("members", "commendation.council.member"));
                break;
            }
        }
        if (!problems.isEmpty() || members.isEmpty()) {
            throw new ValidationException(
                    problems.isEmpty() ? List.of(new Problem("members", "commendation.council.member")) : problems);
        }
        rounds.deleteMembers(roundId);
        int i = 0;
        for (CouncilMember m : members) {
            rounds.insertMember(roundId, Texts.clean(m.name()), m.role(), Texts.clean(m.position()), i++);
        }
        events.publishEvent(new RoundChanged(roundId, "Hội đồng: " + members.size() + " thành viên"));
    }
}
