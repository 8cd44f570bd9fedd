package vn.ngayhoi.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.evaluation.EvaluationEvents.RecognitionIssued;
import vn.ngayhoi.evaluation.internal.EvaluationRepository;
import vn.ngayhoi.evaluation.internal.EvaluationSpeakers;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;

/**
 * The authority's Quyết định công nhận for a year: every unit it recognised and no decision lists
 * yet, in one numbered decision through the one issuing service, and a numbered Giấy công nhận for
 * each unit, in the same transaction.
 */
@Service
public class RecognitionDecisions {

    private final EvaluationRepository repo;
    private final EvaluationRules rules;
    private final EvaluationSpeakers speakers;
    private final Evaluations evaluations;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final DocumentIssuing issuing;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    RecognitionDecisions(
            EvaluationRepository repo,
            EvaluationRules rules,
            EvaluationSpeakers speakers,
            Evaluations evaluations,
            OrgUnitManagement units,
            AccessPolicy policy,
            DocumentIssuing issuing,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock) {
        this.repo = repo;
        this.rules = rules;
        this.speakers = speakers;
        this.evaluations = evaluations;
        this.units = units;
        this.policy = policy;
        this.issuing = issuing;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** What was issued: the decision and one certificate per unit. */
    public record Issued(IssuedDocument decision, List<IssuedDocument> certificates) {}

    /** Recognised units waiting for the caller's decision in a year. */
    public List<Evaluation> pending(int year) {
        Actor actor = policy.requireActor();
        return repo.ofAuthority(actor.unitId(), "RECOGNISED").stream()
                .filter(e -> e.year() == year && e.decisionDocId() == null)
                .toList();
    }

    @Transactional
    public Issued issue(Integer year) {
        Actor actor = policy.requireActor();
        if (year == null) {
            throw ValidationException.of("year", "evaluation.year.required");
        }
        int y = Bounds.year("year", year);
        OrgUnit authority = units.systemFindById(actor.unitId()).orElseThrow();
        if (!speakers.territorial(authority)) {
            throw new AccessDeniedException("not a recognising authority");
        }
        List<Evaluation> recognised = repo.awaitingDecision(authority.id(), y);
        if (recognised.isEmpty()) {
            boolean anyIssued =
                    repo.ofAuthority(authority.id(), "RECOGNISED").stream().anyMatch(e -> e.year() == y);
            if (anyIssued) {
                throw new ConflictException("evaluation.decision.already", Integer.toString(y));
            }
            throw ValidationException.of("year", "evaluation.decision.none", Integer.toString(y));
        }
        for (Evaluation e : recognised) {
            if (!evaluations.canDecide(e)) {
                throw new AccessDeniedException("not the recognising authority");
            }
        }
        LocalDate today = LocalDate.now(clock);
        var issuer = speakers.of(authority);
        String decider = "Chủ tịch " + speakers.committee(authority);
        List<EvaluationDocuments.Line> lines = new ArrayList<>();
        int no = 1;
        for (Evaluation e : recognised) {
            OrgUnit u = units.systemFindById(e.unitId()).orElseThrow();
            lines.add(new EvaluationDocuments.Line(
                    no++, e.unitName(), speakers.typeName(u), e.score() == null ? 0 : e.score(), className(e)));
        }
        String legalBasis = evaluations.ruleSet(recognised.get(0)).legalBasis();
        IssuedDocument decision = issuing.issue(new IssueRequest(
                authority.id(),
                today,
                DocumentType.DECISION,
                issuer.abbreviation(),
                "Về việc công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm " + y,
                actor.fullName(),
                "CHỦ TỊCH",
                List.of("Như Điều 3", "Lưu: VT"),
                recognised.stream().map(Evaluation::unitId).toList(),
                "evaluation-decision:" + authority.id() + ":" + y + ":"
                        + recognised.get(0).id(),
                null,
                actor.username(),
                n -> EvaluationDocuments.decision(
                        issuer,
                        today,
                        y,
                        decider,
                        legalBasis,
                        "Công an " + EvaluationSpeakers.lowerFirst(authority.name()),
                        lines,
                        actor.fullName(),
                        n.line())));
        String notation = decision.number().notation();
        List<IssuedDocument> certificates = new ArrayList<>();
        for (Evaluation e : recognised) {
            OrgUnit u = units.systemFindById(e.unitId()).orElseThrow();
            RuleSet set = evaluations.ruleSet(e);
            RuleSet.Period period = set.periodOf(y);
            IssuedDocument cert = issuing.issue(new IssueRequest(
                    authority.id(),
                    today,
                    DocumentType.RECOGNITION_CERTIFICATE,
                    issuer.abbreviation(),
                    EvaluationDocuments.standard(y) + ": " + e.unitName(),
                    actor.fullName(),
                    "CHỦ TỊCH",
                    List.of(e.unitName(), "Lưu: VT"),
                    List.of(e.unitId()),
                    "evaluation-certificate:" + e.id(),
                    null,
                    actor.username(),
                    n -> EvaluationDocuments.certificate(
                            issuer,
                            today,
                            y,
                            decider,
                            e.unitName(),
                            speakers.typeName(u),
                            period,
                            className(e),
                            notation,
                            today,
                            actor.fullName(),
                            n.line())));
            repo.setDecision(e.id(), decision.id(), notation, cert.id());
            certificates.add(cert);
        }
        events.publishEvent(
                new RecognitionIssued(authority.id(), y, decision.number().line(), recognised.size()));
        return new Issued(decision, certificates);
    }

    private String className(Evaluation e) {
        return e.classCode() == null
                ? null
                : messages.getMessage("evaluation.class." + e.classCode(), null, java.util.Locale.forLanguageTag("vi"));
    }
}
