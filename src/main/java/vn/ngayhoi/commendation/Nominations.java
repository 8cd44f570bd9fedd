package vn.ngayhoi.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.commendation.CommendationEvents.DisciplineFlagged;
import vn.ngayhoi.commendation.CommendationEvents.NominationSaved;
import vn.ngayhoi.commendation.CommendationEvents.NominationVetted;
import vn.ngayhoi.commendation.internal.NominationRepository;
import vn.ngayhoi.commendation.internal.NominationRepository.Fields;
import vn.ngayhoi.commendation.internal.RoundRepository;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;

/**
 * Nominations: written by a unit under the deciding authority (one achievement, one award: the same
 * nominee once per round), citing what the system holds for the unit; vetted by the department
 * (accept, return or reject with a reason); flagged when a discipline case is pending.
 */
@Service
public class Nominations {

    static final int NAME_MAX = 300;
    static final int ACHIEVEMENT_MAX = 4000;
    static final int REASON_MAX = 2000;

    /** A nomination as typed: the API's fields, plus the household's address and a collective's share of women. */
    public record Input(
            String kind,
            String unitCode,
            String name,
            String gender,
            Integer birthYear,
            String position,
            String address,
            Integer womenPercent,
            String achievement,
            String awardType) {}

    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final CommendationAccess access;
    private final Citations citations;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Nominations(
            NominationRepository nominations,
            RoundRepository rounds,
            CommendationAccess access,
            Citations citations,
            OrgUnitManagement units,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.access = access;
        this.citations = citations;
        this.units = units;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** The round's nominations the account sees, each as it may read it. */
    public List<Nomination> ofRound(long roundId) {
        Round r = access.round(roundId);
        Actor a = access.actor();
        String prefix =
                a.unitId() == r.vettingUnitId() ? null : policy.scopeOf(a).pathPrefix();
        return nominations.ofRound(roundId, prefix).stream()
                .map(n -> access.shown(a, r, n))
                .toList();
    }

    /** One nomination, or 404 outside the account's reach. */
    public Nomination get(long id) {
        Nomination n = nominations.find(id).orElseThrow(() -> new NotFoundException("nomination#" + id));
        Round r = rounds.find(n.roundId()).orElseThrow();
        Actor a = access.actor();
        if (!access.seesNomination(a, r, n)) {
            throw policy.refuse(a, "nomination:" + id);
        }
        return access.shown(a, r, n);
    }

    /** What the system holds for the account's own unit in the round's campaign, to show beside the form. */
    public String citedFor(long roundId) {
        Round r = access.round(roundId);
        OrgUnit unit = units.systemFindById(access.actor().unitId()).orElseThrow();
        return citations.of(r.campaignId(), unit).summary();
    }

    /** A new draft nomination of {@code input.unitCode()} (the account's own unit when blank). */
    @Transactional
    public Nomination create(long roundId, Input input) {
        Round r = access.round(roundId);
        Actor a = access.actor();
        access.require(access.nominates(a));
        if (r.decided()) {
            throw new ConflictException("commendation.round.decided");
        }
        LocalDate today = LocalDate.now(clock);
        OrgUnit unit = nominatingUnit(r, a, input.unitCode(), today);
        Fields f = checked(r, unit, input, today);
        if (today.isAfter(r.nominationDeadline())) {
            throw ValidationException.of(
                    "form",
                    "commendation.nomination.deadlinePassed",
                    new vn.ngayhoi.shared.Formats().date(r.nominationDeadline()));
        }
        if (r.quotaPerUnit() != null && nominations.countOfUnit(roundId, unit.id()) >= r.quotaPerUnit()) {
            throw ValidationException.of("form", "commendation.nomination.quota", r.quotaPerUnit());
        }
        long id = nominations.insert(roundId, unit.id(), f, a.username(), OffsetDateTime.now(clock));
        if (id < 0) {
            throw new ConflictException("commendation.nomination.duplicate", f.name());
        }
        events.publishEvent(new NominationSaved(id, roundId, unit.id(), unit.code(), true));
        return get(id);
    }

    /** Start-up only (demo): a draft nomination of a unit written on a given day. */
    @Transactional
    public Nomination systemCreate(long roundId, long unitId, Input input, String by, LocalDate on) {
        Round r = rounds.find(roundId).orElseThrow();
        OrgUnit unit = units.systemFindById(unitId).orElseThrow();
        Fields f = checked(r, unit, input, on);
        long id = nominations.insert(roundId, unit.id(), f, by, at(on));
        if (id < 0) {
            throw new ConflictException("commendation.nomination.duplicate", f.name());
        }
        events.publishEvent(new NominationSaved(id, roundId, unit.id(), unit.code(), true));
        return nominations.find(id).orElseThrow();
    }

    /** Start-up only (demo): the unit's fix of a returned nomination on a given day. */
    @Transactional
    public Nomination systemUpdate(long id, Input input, LocalDate on) {
        Nomination n = nominations.find(id).orElseThrow();
        Round r = rounds.find(n.roundId()).orElseThrow();
        OrgUnit unit = units.systemFindById(n.unitId()).orElseThrow();
        if (!nominations.update(id, n.version(), checked(r, unit, input, on), at(on))) {
            throw new ConflictException("commendation.changedMeanwhile");
        }
        events.publishEvent(new NominationSaved(id, r.id(), unit.id(), unit.code(), false));
        return nominations.find(id).orElseThrow();
    }

    /** Start-up only (demo): the department's verdict given on a day. */
    @Transactional
    public Nomination systemVet(long id, NominationStatus to, String reason, String by, LocalDate on) {
        Nomination n = nominations.find(id).orElseThrow();
        if (!nominations.vet(id, n.version(), to, reason, by, at(on))) {
            throw new ConflictException("commendation.vet.notSubmitted");
        }
        events.publishEvent(new NominationVetted(id, n.roundId(), n.unitId(), to, reason));
        return nominations.find(id).orElseThrow();
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atZone(vn.ngayhoi.shared.Formats.ZONE).toOffsetDateTime();
    }

    /** Changes a draft or returned nomination; the nominating unit's accounts only. */
    @Transactional
    public Nomination update(long id, Input input, int expectedVersion) {
        Nomination n = get(id);
        Round r = rounds.find(n.roundId()).orElseThrow();
        Actor a = access.actor();
        access.require(access.nominates(a) && policy.canSee(a, n.unitPath()));
        if (!n.status().editable()) {
            throw new ConflictException("commendation.nomination.notEditable");
        }
        OrgUnit unit = units.systemFindById(n.unitId()).orElseThrow();
        Fields f = checked(r, unit, input, LocalDate.now(clock));
        if (!nominations.update(id, expectedVersion, f, OffsetDateTime.now(clock))) {
            if (nominations.find(id).map(Nomination::version).orElse(-1) == expectedVersion) {
                throw new ConflictException("commendation.nomination.duplicate", f.name());
            }
            throw new ConflictException("commendation.changedMeanwhile");
        }
        events.publishEvent(new NominationSaved(id, r.id(), unit.id(), unit.code(), false));
        return get(id);
    }

    /**
     * The department's verdict on a submitted nomination: ACCEPTED, or RETURNED / REJECTED with a
     * reason. A verdict given meanwhile by someone else is a 409.
     */
    @Transactional
    public Nomination vet(long id, String outcome, String reason, Integer expectedVersion) {
        Nomination n = get(id);
        Round r = rounds.find(n.roundId()).orElseThrow();
        Actor a = access.actor();
        access.require(access.vets(a, r));
        List<Problem> problems = new ArrayList<>();
        NominationStatus to = null;
        try {
            to = NominationStatus.valueOf(outcome == null ? "" : outcome.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (to != NominationStatus.ACCEPTED && to != NominationStatus.RETURNED && to != NominationStatus.REJECTED) {
            problems.add(new Problem("outcome", "commendation.vet.outcome"));
        }
        String why = Texts.clean(reason);
        if (why != null && why.isEmpty()) {
            why = null;
        }
        if (to != null && to != NominationStatus.ACCEPTED && why == null) {
            problems.add(new Problem("reason", "commendation.vet.reason"));
        }
        if (why != null && why.length() > REASON_MAX) {
            problems.add(new Problem("reason", "commendation.vet.reasonLength", REASON_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (n.status() != NominationStatus.SUBMITTED) {
            throw new ConflictException("commendation.vet.notSubmitted");
        }
        int version = expectedVersion == null ? n.version() : expectedVersion;
        if (!nominations.vet(id, version, to, why, a.username(), OffsetDateTime.now(clock))) {
            throw new ConflictException("commendation.changedMeanwhile");
        }
        events.publishEvent(new NominationVetted(id, r.id(), n.unitId(), to, why));
        return get(id);
    }

    /** The department marks (or clears) a pending discipline case, with its note. */
    @Transactional
    public Nomination flagDiscipline(long id, boolean pending, String note) {
        return flagDiscipline(id, pending, note, null);
    }

    /** The same, refused with 409 when the nomination changed since {@code expectedVersion} was read. */
    @Transactional
    public Nomination flagDiscipline(long id, boolean pending, String note, Integer expectedVersion) {
        Nomination n = get(id);
        Round r = rounds.find(n.roundId()).orElseThrow();
        access.require(access.vets(access.actor(), r));
        String clean = Texts.clean(note);
        if (pending && (clean == null || clean.isEmpty() || clean.length() > REASON_MAX)) {
            throw ValidationException.of("note", "commendation.discipline.note");
        }
        int version = expectedVersion == null ? n.version() : expectedVersion;
        if (!nominations.flagDiscipline(id, version, pending, pending ? clean : null, OffsetDateTime.now(clock))) {
            throw new ConflictException("commendation.changedMeanwhile");
        }
        events.publishEvent(new DisciplineFlagged(id, pending));
        return get(id);
    }

    private OrgUnit nominatingUnit(Round r, Actor a, String unitCode, LocalDate today) {
        OrgUnit unit = unitCode == null || unitCode.isBlank()
                ? units.systemFindById(a.unitId()).orElseThrow()
                : units.getByCode(unitCode.strip(), today);
        if (!policy.canSee(a, unit.path())) {
            throw policy.refuse(a, "org_unit:" + unit.code());
        }
        if (!unit.path().startsWith(r.authorityUnitPath())) {
            throw ValidationException.of("unitCode", "commendation.nomination.unitOutside", unit.name());
        }
        return unit;
    }

    private Fields checked(Round r, OrgUnit unit, Input in, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        NomineeKind kind = null;
        try {
            kind = NomineeKind.valueOf(
                    in.kind() == null ? "" : in.kind().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("kind", "commendation.nomination.kind"));
        }
        String name = Texts.clean(in.name());
        if (name == null || name.isEmpty() || name.length() > NAME_MAX) {
            problems.add(new Problem("name", "commendation.nomination.name", NAME_MAX));
        }
        String achievement = Texts.clean(in.achievement());
        if (achievement == null || achievement.isEmpty() || achievement.length() > ACHIEVEMENT_MAX) {
            problems.add(new Problem("achievement", "commendation.nomination.achievement", ACHIEVEMENT_MAX));
        }
        String gender = in.gender() == null || in.gender().isBlank()
                ? null
                : in.gender().strip().toUpperCase();
        String position = blankToNull(Texts.clean(in.position()));
        String address = blankToNull(Texts.clean(in.address()));
        Integer birthYear = in.birthYear();
        if (gender != null && !gender.equals("NAM") && !gender.equals("NU")) {
            problems.add(new Problem("gender", "commendation.nomination.gender"));
        }
        if (kind == NomineeKind.INDIVIDUAL) {
            if (gender == null) {
                problems.add(new Problem("gender", "commendation.nomination.gender"));
            }
            if (birthYear == null || birthYear < today.getYear() - 100 || birthYear > today.getYear() - 15) {
                problems.add(new Problem(
                        "birthYear", "commendation.nomination.birthYear", today.getYear() - 100, today.getYear() - 15));
            }
            if (position == null || position.length() > NAME_MAX) {
                problems.add(new Problem("position", "commendation.nomination.position"));
            }
        } else if (birthYear != null) {
            problems.add(new Problem("birthYear", "commendation.nomination.birthYearOnlyPerson"));
        }
        if (kind == NomineeKind.HOUSEHOLD && (address == null || address.length() > NAME_MAX)) {
            problems.add(new Problem("address", "commendation.nomination.address"));
        }
        Integer women = in.womenPercent();
        if (women != null && (women < 0 || women > 100)) {
            problems.add(new Problem("womenPercent", "commendation.nomination.womenPercent"));
        }
        AwardType type = null;
        if (in.awardType() == null || in.awardType().isBlank()) {
            problems.add(new Problem("awardType", "commendation.nomination.awardType", ""));
        } else {
            Optional<AwardType> found = rounds.awardTypes(r.id()).stream()
                    .filter(t -> t.code().equalsIgnoreCase(in.awardType().strip()))
                    .findFirst();
            if (found.isEmpty()) {
                problems.add(new Problem(
                        "awardType",
                        "commendation.nomination.awardType",
                        in.awardType().strip()));
            } else if (kind != null && found.get().kind() != kind) {
                problems.add(new Problem(
                        "awardType",
                        "commendation.nomination.awardTypeKind",
                        found.get().name()));
            } else {
                type = found.get();
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Citations.Cited cited = citations.of(r.campaignId(), unit);
        return new Fields(
                kind,
                kind == NomineeKind.COLLECTIVE && name.equals(unit.name()) ? unit.id() : null,
                name,
                kind == NomineeKind.COLLECTIVE ? null : gender,
                kind == NomineeKind.INDIVIDUAL ? birthYear : null,
                kind == NomineeKind.INDIVIDUAL ? position : null,
                kind == NomineeKind.HOUSEHOLD ? address : null,
                kind == NomineeKind.COLLECTIVE ? women : null,
                achievement,
                type.id(),
                nomineeKey(kind, name, birthYear, unit),
                cited.reportId(),
                cited.festivalId(),
                cited.summary());
    }

    /**
     * Who the nominee is, for "one nominee once per round": a person by name and year of birth
     * (whichever unit nominates them), a collective by name, a household by its head and unit.
     */
    static String nomineeKey(NomineeKind kind, String name, Integer birthYear, OrgUnit unit) {
        String folded = Texts.fold(name);
        return switch (kind) {
            case INDIVIDUAL -> "I:" + folded + ":" + birthYear;
            case COLLECTIVE -> "C:" + folded;
            case HOUSEHOLD -> "H:" + folded + ":" + unit.id();
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
