package vn.ngayhoi.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.commendation.CommendationDocuments.DecisionText;
import vn.ngayhoi.commendation.CommendationDocuments.Issuer;
import vn.ngayhoi.commendation.CommendationDocuments.Line;
import vn.ngayhoi.commendation.CommendationEvents.DecisionIssued;
import vn.ngayhoi.commendation.internal.DecisionRepository;
import vn.ngayhoi.commendation.internal.DecisionRepository.Meeting;
import vn.ngayhoi.commendation.internal.DecisionRepository.Vote;
import vn.ngayhoi.commendation.internal.NominationRepository;
import vn.ngayhoi.commendation.internal.RoundRepository;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.MoneyWords;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.Actor;

/**
 * The chairman's decision: the nominations the council passed at a quorate meeting, none with a
 * pending discipline case, awarded by a Quyết định khen thưởng ("Số: NN/QĐ-UBND") issued through the
 * one issuing service on the authority's register; each line's money is its coefficient × the lương
 * cơ sở in force on the decision date, rounded up to the round's step.
 */
@Service
public class CommendationDecisions {

    /** One awardee as the decision lists it; personal fields never appear here. */
    public record AwardLine(
            int no,
            long nominationId,
            String kind,
            String name,
            String unitCode,
            String unitName,
            String awardType,
            String awardName,
            String achievement,
            java.math.BigDecimal coefficient,
            long amount) {}

    /** The decision as the API and the pages show it. */
    public record DecisionView(
            long id,
            long roundId,
            String number,
            String numberLine,
            LocalDate date,
            long baseSalary,
            long total,
            String totalInWords,
            Long documentId,
            String signerName,
            List<AwardLine> lines) {}

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final DecisionRepository decisions;
    private final CommendationAccess access;
    private final vn.ngayhoi.document.Speakers speakers;
    private final PrizeMoney money;
    private final DocumentIssuing issuing;
    private final vn.ngayhoi.document.DocumentRenderer renderer;
    private final OrgUnitManagement units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommendationDecisions(
            RoundRepository rounds,
            NominationRepository nominations,
            DecisionRepository decisions,
            CommendationAccess access,
            vn.ngayhoi.document.Speakers speakers,
            PrizeMoney money,
            DocumentIssuing issuing,
            vn.ngayhoi.document.DocumentRenderer renderer,
            OrgUnitManagement units,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.decisions = decisions;
        this.access = access;
        this.speakers = speakers;
        this.money = money;
        this.issuing = issuing;
        this.renderer = renderer;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** The round's decision, if issued; 404 for a round outside the account's reach. */
    public Optional<DecisionView> of(long roundId) {
        access.round(roundId);
        return systemOf(roundId);
    }

    /** Without a scope check: the festival programme and the report's figures read it. */
    public Optional<DecisionView> systemOf(long roundId) {
        return decisions.decisionOfRound(roundId).map(d -> {
            Map<Long, Nomination> byId = new HashMap<>();
            nominations.ofRound(roundId, null).forEach(n -> byId.put(n.id(), n));
            List<AwardLine> lines = decisions.awards(d.id()).stream()
                    .map(a -> {
                        Nomination n = byId.get(a.nominationId());
                        return new AwardLine(
                                a.lineNo(),
                                n.id(),
                                n.kind().name(),
                                n.name(),
                                n.unitCode(),
                                n.unitName(),
                                n.awardTypeCode(),
                                n.awardTypeName(),
                                n.achievement(),
                                a.coefficient(),
                                a.amount());
                    })
                    .toList();
            return new DecisionView(
                    d.id(),
                    roundId,
                    d.notation(),
                    d.numberLine(),
                    d.decidedOn(),
                    d.baseSalary(),
                    d.total(),
                    MoneyWords.dong(d.total()),
                    d.documentId(),
                    d.signerName(),
                    lines);
        });
    }

    /** The chairman decides today. */
    @Transactional
    public DecisionView decide(long roundId) {
        Round r = access.round(roundId);
        Actor a = access.actor();
        access.require(access.decides(a, r));
        return decide(r, LocalDate.now(clock), a.fullName(), a.username());
    }

    /** Start-up only (demo): the decision of a given day, signed by {@code signer}. */
    @Transactional
    public DecisionView systemDecide(long roundId, LocalDate on, String signer, String by) {
        return decide(rounds.find(roundId).orElseThrow(), on, signer, by);
    }

    private DecisionView decide(Round r, LocalDate on, String signerName, String by) {
        rounds.lock(r.id());
        if (decisions.decisionOfRound(r.id()).isPresent()) {
            throw new ConflictException("commendation.decision.already");
        }
        Meeting meeting = decisions
                .lastMeeting(r.id())
                .orElseThrow(() -> ValidationException.of("form", "commendation.decision.noMeeting"));
        if (!meeting.quorate()) {
            throw ValidationException.of(
                    "form", "commendation.decision.noQuorum", meeting.present(), meeting.members());
        }
        Map<Long, Nomination> byId = new HashMap<>();
        nominations.ofRound(r.id(), null).forEach(n -> byId.put(n.id(), n));
        List<Nomination> passed = new ArrayList<>();
        for (Vote v : decisions.votes(meeting.id())) {
            Nomination n = byId.get(v.nominationId());
            if (v.passed() && n != null && n.status() == NominationStatus.ACCEPTED) {
                passed.add(n);
            }
        }
        List<Problem> refused = new ArrayList<>();
        for (Nomination n : passed) {
            if (n.disciplinePending()) {
                refused.add(
                        new Problem("nomination", "commendation.decision.discipline", n.name(), n.disciplineNote()));
            }
        }
        if (!refused.isEmpty()) {
            throw new ValidationException(refused);
        }
        if (passed.isEmpty()) {
            throw ValidationException.of("form", "commendation.decision.nobody");
        }
        long base = money.baseSalaryOn(on);
        Map<Long, AwardType> types = new HashMap<>();
        rounds.awardTypes(r.id()).forEach(t -> types.put(t.id(), t));
        List<Line> lines = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        int no = 1;
        for (Nomination n : passed) {
            AwardType t = types.get(n.awardTypeId());
            long amount = PrizeMoney.amount(t.coefficient(), base, r.roundingStep());
            amounts.add(amount);
            lines.add(new Line(no++, n.name(), n.unitName(), t.name(), n.achievement(), amount));
        }
        long total = CommendationDocuments.total(lines);
        String signer = r.signerName() != null ? r.signerName() : signerName;
        long decisionId =
                decisions.insertDecision(r.id(), meeting.id(), on, base, total, signer, by, OffsetDateTime.now(clock));
        for (int i = 0; i < passed.size(); i++) {
            Nomination n = passed.get(i);
            decisions.insertAward(
                    decisionId, n.id(), i + 1, types.get(n.awardTypeId()).coefficient(), amounts.get(i));
        }
        OrgUnit authority = units.systemFindById(r.authorityUnitId()).orElseThrow();
        Issuer issuer = Issuer.of(speakers.of(authority));
        DecisionText text = new DecisionText(
                issuer,
                on,
                "Chủ tịch " + issuer.name(),
                subject(r),
                bases(r, on, meeting),
                lines,
                base,
                signer,
                List.of("Như Điều 3", "Thường trực Ban Chỉ đạo 138", "Lưu: VT, NV"));
        IssuedDocument doc = issuing.issue(new IssueRequest(
                authority.id(),
                on,
                DocumentType.DECISION,
                issuer.abbreviation(),
                subject(r),
                signer,
                "CHỦ TỊCH",
                text.recipients(),
                passed.stream().map(Nomination::unitId).distinct().toList(),
                "commendation-decision:" + r.id(),
                null,
                by,
                number -> CommendationDocuments.decision(text, number.line())));
        decisions.setDecisionDocument(
                decisionId, doc.id(), doc.number().line(), doc.number().notation());
        rounds.markDecided(r.id());
        events.publishEvent(new DecisionIssued(decisionId, r.id(), doc.number().line(), lines.size(), total));
        return systemOf(r.id()).orElseThrow(() -> new NotFoundException("decision"));
    }

    /**
     * The Giấy khen of the round's decision, one landscape page per awardee, shifted by the round's
     * print offsets; 404 before the decision.
     */
    public byte[] certificates(long roundId) {
        Round r = access.round(roundId);
        DecisionView d = systemOf(roundId).orElseThrow(() -> new NotFoundException("commendation_decision:" + roundId));
        OrgUnit authority = units.systemFindById(r.authorityUnitId()).orElseThrow();
        Issuer issuer = Issuer.of(speakers.of(authority));
        String signerName = d.signerName();
        String placeDate = vn.ngayhoi.shared.Formats.placeDate(issuer.place(), d.date());
        String decisionLine = "Quyết định số " + d.number() + " ngày " + new vn.ngayhoi.shared.Formats().date(d.date())
                + " của Chủ tịch " + issuer.name();
        List<vn.ngayhoi.document.Certificate> pages = d.lines().stream()
                .map(l -> new vn.ngayhoi.document.Certificate(
                        "Chủ tịch " + issuer.name(),
                        "Giấy khen",
                        l.name(),
                        l.unitName(),
                        "Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm "
                                + r.campaignYear() + ".",
                        decisionLine,
                        placeDate,
                        "Chủ tịch",
                        signerName))
                .toList();
        return renderer.certificatesPdf(
                pages, r.certOffsetXmm().doubleValue(), r.certOffsetYmm().doubleValue());
    }

    static String subject(Round r) {
        return "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh"
                + " Tổ quốc năm " + r.campaignYear();
    }

    private List<String> bases(Round r, LocalDate on, Meeting meeting) {
        List<String> bases = new ArrayList<>(CommendationDocuments.lawBases(on));
        List<String> submissions = nominations.submissionsOfRound(r.id()).stream()
                .filter(s -> s.numberLine() != null)
                .map(s -> s.numberLine().replace("Số: ", "số "))
                .distinct()
                .toList();
        if (!submissions.isEmpty()) {
            bases.add("Xét Tờ trình " + String.join(", ", submissions) + " của các đơn vị;");
        }
        if (meeting.numberLine() != null) {
            bases.add("Căn cứ Biên bản " + meeting.numberLine().replace("Số: ", "số ") + " ngày "
                    + new vn.ngayhoi.shared.Formats().date(meeting.heldOn())
                    + " họp Hội đồng Thi đua - Khen thưởng; theo đề nghị của Trưởng phòng Nội vụ.");
        }
        return bases;
    }
}
