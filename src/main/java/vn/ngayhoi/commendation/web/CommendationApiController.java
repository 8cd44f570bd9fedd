package vn.ngayhoi.commendation.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.commendation.CommendationDecisions;
import vn.ngayhoi.commendation.CommendationDecisions.AwardLine;
import vn.ngayhoi.commendation.CommendationRounds;
import vn.ngayhoi.commendation.Nomination;
import vn.ngayhoi.commendation.Nominations;
import vn.ngayhoi.commendation.Round;
import vn.ngayhoi.commendation.Submissions;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.web.ApiList;

/** Commendation rounds, nominations, vetting and the decision in the API; field names are a contract. */
@RestController
class CommendationApiController {

    private final CommendationRounds rounds;
    private final Nominations nominations;
    private final Submissions submissions;
    private final CommendationDecisions decisions;
    private final Clock clock;
    private final vn.ngayhoi.commendation.CommendationLists lists;

    CommendationApiController(
            CommendationRounds rounds,
            Nominations nominations,
            Submissions submissions,
            CommendationDecisions decisions,
            Clock clock,
            vn.ngayhoi.commendation.CommendationLists lists) {
        this.lists = lists;
        this.rounds = rounds;
        this.nominations = nominations;
        this.submissions = submissions;
        this.decisions = decisions;
        this.clock = clock;
    }

    record RoundItem(
            long id,
            long campaignId,
            String title,
            String authority,
            String vettingUnit,
            LocalDate nominationDeadline,
            Integer quotaPerUnit,
            int vettingDays,
            String status) {
        static RoundItem of(Round r) {
            return new RoundItem(
                    r.id(),
                    r.campaignId(),
                    r.title(),
                    r.authorityTitle(),
                    r.vettingUnitName(),
                    r.nominationDeadline(),
                    r.quotaPerUnit(),
                    r.vettingDays(),
                    r.status());
        }
    }

    record NominationItem(
            long id,
            long roundId,
            String kind,
            String unitCode,
            String unitName,
            String name,
            String gender,
            Integer birthYear,
            String position,
            String address,
            Integer womenPercent,
            boolean womenMarked,
            String achievement,
            String awardType,
            String status,
            String reason,
            LocalDate receivedOn,
            LocalDate dueOn,
            boolean overdue,
            boolean disciplinePending,
            String cited,
            int version) {
        static NominationItem of(Nomination n, LocalDate today) {
            return new NominationItem(
                    n.id(),
                    n.roundId(),
                    n.kind().name(),
                    n.unitCode(),
                    n.unitName(),
                    n.name(),
                    n.gender(),
                    n.birthYear(),
                    n.position(),
                    n.address(),
                    n.womenPercent(),
                    n.womenMarked(),
                    n.achievement(),
                    n.awardTypeCode(),
                    n.status().name(),
                    n.reason(),
                    n.receivedOn(),
                    n.dueOn(),
                    n.overdueOn(today),
                    n.disciplinePending(),
                    n.citedSummary(),
                    n.version());
        }
    }

    record NewNomination(
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

    record Vet(String outcome, String reason, Integer version) {}

    record Submit(String unitCode) {}

    record SubmittedItem(long submissionId, String numberLine, int count, LocalDate dueOn) {}

    record Line(
            int no,
            String kind,
            String name,
            String unitCode,
            String unitName,
            String awardType,
            String award,
            BigDecimal coefficient,
            long amount) {
        static Line of(AwardLine l) {
            return new Line(
                    l.no(),
                    l.kind(),
                    l.name(),
                    l.unitCode(),
                    l.unitName(),
                    l.awardType(),
                    l.awardName(),
                    l.coefficient(),
                    l.amount());
        }
    }

    record DecisionItem(
            long id,
            String number,
            LocalDate date,
            long baseSalary,
            long total,
            String totalInWords,
            List<Line> lines) {}

    /** The rounds of a campaign the account sees, a page at a time in SQL. */
    @GetMapping("/api/v1/commendation-rounds")
    ApiList<RoundItem> list(
            @RequestParam long campaign,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        var found = lists.ofCampaign(campaign, ApiList.offset(p, s), s);
        return new ApiList<>(found.items().stream().map(RoundItem::of).toList(), found.total(), p, s);
    }

    @GetMapping("/api/v1/commendation-rounds/{id}/nominations")
    ApiList<NominationItem> nominations(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = LocalDate.now(clock);
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        var found = lists.nominations(id, ApiList.offset(p, s), s);
        return new ApiList<>(
                found.items().stream().map(n -> NominationItem.of(n, today)).toList(), found.total(), p, s);
    }

    /** A draft nomination: 201, 400 with the reasons, 409 when the nominee is already in the round. */
    @PostMapping("/api/v1/commendation-rounds/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    NominationItem nominate(@PathVariable long id, @RequestBody NewNomination body) {
        Nomination n = nominations.create(
                id,
                new Nominations.Input(
                        body.kind(),
                        body.unitCode(),
                        body.name(),
                        body.gender(),
                        body.birthYear(),
                        body.position(),
                        body.address(),
                        body.womenPercent(),
                        body.achievement(),
                        body.awardType()));
        return NominationItem.of(n, LocalDate.now(clock));
    }

    /** Submits the unit's drafts (and returned ones) with its Tờ trình. */
    @PostMapping("/api/v1/commendation-rounds/{id}/submission")
    SubmittedItem submit(@PathVariable long id, @RequestBody(required = false) Submit body) {
        Submissions.Submitted s = submissions.submit(id, body == null ? null : body.unitCode());
        return new SubmittedItem(s.submissionId(), s.numberLine(), s.count(), s.dueOn());
    }

    @PostMapping("/api/v1/nominations/{id}/vet")
    NominationItem vet(@PathVariable long id, @RequestBody Vet body) {
        return NominationItem.of(
                nominations.vet(id, body.outcome(), body.reason(), body.version()), LocalDate.now(clock));
    }

    @GetMapping("/api/v1/commendation-rounds/{id}/decision")
    DecisionItem decision(@PathVariable long id) {
        CommendationDecisions.DecisionView d =
                decisions.of(id).orElseThrow(() -> new NotFoundException("commendation_decision:" + id));
        return new DecisionItem(
                d.id(),
                d.number(),
                d.date(),
                d.baseSalary(),
                d.total(),
                d.totalInWords(),
                d.lines().stream().map(Line::of).toList());
    }
}
