package vn.ngayhoi.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.commendation.CommendationDocuments.Issuer;
import vn.ngayhoi.commendation.CommendationDocuments.Proposed;
import vn.ngayhoi.commendation.CommendationEvents.NominationsSubmitted;
import vn.ngayhoi.commendation.internal.NominationRepository;
import vn.ngayhoi.commendation.internal.RoundRepository;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;

/**
 * A unit submits its draft and returned nominations with a Tờ trình ("Số: NN/TTr-UBND"), issued through
 * the one issuing service on the unit's register; receipt starts the department's working-day clock.
 * First submissions must come by the round's deadline; a returned nomination may come back after it.
 */
@Service
public class Submissions {

    /** The submission as its unit sees it afterwards. */
    public record Submitted(long submissionId, String numberLine, Long documentId, int count, LocalDate dueOn) {}

    private final NominationRepository nominations;
    private final RoundRepository rounds;
    private final CommendationAccess access;
    private final vn.ngayhoi.document.Speakers speakers;
    private final WorkingDays workingDays;
    private final DocumentIssuing issuing;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Submissions(
            NominationRepository nominations,
            RoundRepository rounds,
            CommendationAccess access,
            vn.ngayhoi.document.Speakers speakers,
            WorkingDays workingDays,
            DocumentIssuing issuing,
            OrgUnitManagement units,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.access = access;
        this.speakers = speakers;
        this.workingDays = workingDays;
        this.issuing = issuing;
        this.units = units;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Submits the editable nominations of {@code unitCode} (the account's own unit when blank). */
    @Transactional
    public Submitted submit(long roundId, String unitCode) {
        Round r = access.round(roundId);
        Actor a = access.actor();
        access.require(access.nominates(a));
        LocalDate today = LocalDate.now(clock);
        OrgUnit unit = unitCode == null || unitCode.isBlank()
                ? units.systemFindById(a.unitId()).orElseThrow()
                : units.getByCode(unitCode.strip(), today);
        if (!policy.canSee(a, unit.path())) {
            throw policy.refuse(a, "org_unit:" + unit.code());
        }
        rounds.lock(roundId);
        return submit(r, unit, today, a.username());
    }

    /** Start-up only (demo): the same submission on a given day. */
    @Transactional
    public Submitted systemSubmit(long roundId, long unitId, LocalDate on, String by) {
        Round r = rounds.find(roundId).orElseThrow();
        return submit(r, units.systemFindById(unitId).orElseThrow(), on, by);
    }

    private Submitted submit(Round r, OrgUnit unit, LocalDate on, String by) {
        List<Nomination> editable = nominations.ofRound(r.id(), unit.path()).stream()
                .filter(n -> n.unitId() == unit.id() && n.status().editable())
                .toList();
        if (editable.isEmpty()) {
            throw ValidationException.of("form", "commendation.submit.nothing");
        }
        boolean firstTime = editable.stream().anyMatch(n -> n.status() == NominationStatus.DRAFT);
        if (firstTime && on.isAfter(r.nominationDeadline())) {
            throw ValidationException.of(
                    "form",
                    "commendation.nomination.deadlinePassed",
                    new vn.ngayhoi.shared.Formats().date(r.nominationDeadline()));
        }
        LocalDate due = workingDays.addWorkingDays(on, r.vettingDays());
        long submissionId = nominations.insertSubmission(r.id(), unit.id(), on, by, OffsetDateTime.now(clock));
        Issuer issuer = Issuer.of(speakers.of(unit));
        String council = speakers.council(
                        units.systemFindById(r.authorityUnitId()).orElseThrow())
                .name();
        String subject = "Đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ"
                + " an ninh Tổ quốc năm " + r.campaignYear();
        List<Proposed> proposed = editable.stream()
                .map(n -> new Proposed(n.name(), kindLabel(n.kind()), n.awardTypeName(), n.achievement()))
                .toList();
        IssuedDocument doc = issuing.issue(new IssueRequest(
                unit.id(),
                on,
                DocumentType.SUBMISSION,
                issuer.abbreviation(),
                subject,
                null,
                "CHỦ TỊCH",
                List.of("Như trên", "Lưu: VT"),
                List.of(r.authorityUnitId()),
                "commendation-submission:" + submissionId,
                null,
                by,
                number -> CommendationDocuments.submission(issuer, on, subject, council, proposed, number.line())));
        nominations.setSubmissionDocument(submissionId, doc.id(), doc.number().line());
        int count = nominations.markSubmitted(
                editable.stream().map(Nomination::id).toList(), submissionId, on, due, OffsetDateTime.now(clock));
        events.publishEvent(new NominationsSubmitted(
                submissionId,
                r.id(),
                unit.id(),
                unit.code(),
                count,
                doc.number().line(),
                due));
        return new Submitted(submissionId, doc.number().line(), doc.id(), count, due);
    }

    static String kindLabel(NomineeKind kind) {
        return switch (kind) {
            case COLLECTIVE -> "Tập thể";
            case INDIVIDUAL -> "Cá nhân";
            case HOUSEHOLD -> "Hộ gia đình";
        };
    }
}
