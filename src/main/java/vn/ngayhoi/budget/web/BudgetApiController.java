package vn.ngayhoi.budget.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.budget.Appraisals;
import vn.ngayhoi.budget.Estimate;
import vn.ngayhoi.budget.EstimateLine;
import vn.ngayhoi.budget.EstimateLists;
import vn.ngayhoi.budget.Estimates;
import vn.ngayhoi.budget.LineSummary;
import vn.ngayhoi.budget.NewLine;
import vn.ngayhoi.budget.Payment;
import vn.ngayhoi.budget.Spending;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.ApiList;

/** Budgets in the API; the paths, parameters and field names are a contract (issue 14, item 7). */
@RestController
class BudgetApiController {

    private final Estimates estimates;
    private final Appraisals appraisals;
    private final Spending spending;

    private final EstimateLists lists;

    BudgetApiController(Estimates estimates, EstimateLists lists, Appraisals appraisals, Spending spending) {
        this.estimates = estimates;
        this.lists = lists;
        this.appraisals = appraisals;
        this.spending = spending;
    }

    record LineItem(
            long id,
            int no,
            String activity,
            Long activityRef,
            String activityLabel,
            String content,
            String unit,
            long quantity,
            long unitPrice,
            long amount,
            String source,
            String normCode,
            Long normAmount,
            boolean aboveNorm,
            String spendingUnit,
            String spendingUnitName,
            String verdict,
            Long agreedAmount,
            String reason) {
        static LineItem of(EstimateLine l) {
            return new LineItem(
                    l.id(),
                    l.no(),
                    l.activity().name(),
                    l.activityRef(),
                    l.activityLabel(),
                    l.content(),
                    l.unitOfMeasure(),
                    l.quantity(),
                    l.unitPrice(),
                    l.amount(),
                    l.source().name(),
                    l.normCode(),
                    l.normAmount(),
                    l.aboveNorm(),
                    l.spendingUnitCode(),
                    l.spendingUnitName(),
                    l.verdict() == null ? null : l.verdict().name(),
                    l.agreedAmount(),
                    l.reason());
        }
    }

    record EstimateItem(
            long id,
            long campaignId,
            String unitCode,
            String unitName,
            String title,
            String status,
            long total,
            String totalInWords,
            long agreedTotal,
            long approvedTotal,
            Map<String, Long> totalsByActivity,
            Map<String, Long> totalsBySource,
            String submissionNumber,
            Long submissionDocumentId,
            String approvalNumber,
            Long approvalDocumentId,
            LocalDate approvedOn,
            String returnReason,
            List<LineItem> lines) {
        static EstimateItem of(Estimate e) {
            Map<String, Long> byActivity = new LinkedHashMap<>();
            e.totalsByActivity().forEach((k, v) -> byActivity.put(k.name(), v));
            Map<String, Long> bySource = new LinkedHashMap<>();
            e.totalsBySource().forEach((k, v) -> bySource.put(k.name(), v));
            return new EstimateItem(
                    e.id(),
                    e.campaignId(),
                    e.unitCode(),
                    e.unitName(),
                    e.title(),
                    e.status().name(),
                    e.total(),
                    e.totalInWords(),
                    e.agreedTotal(),
                    e.approvedTotal(),
                    byActivity,
                    bySource,
                    e.submissionNumber(),
                    e.submissionDocId(),
                    e.approvalNumber(),
                    e.approvalDocId(),
                    e.approvedOn(),
                    e.returnReason(),
                    e.lines().stream().map(LineItem::of).toList());
        }
    }

    record NewEstimate(String title, List<NewLine> lines) {}

    /** Estimates of a campaign in the account's reach ({@code unit}: one requesting unit's code). */
    @GetMapping("/api/v1/budgets")
    ApiList<EstimateItem> list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        long c = required(campaign);
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        Slice<Estimate> found = lists.page(c, unit, ApiList.offset(p, s), s);
        return new ApiList<>(found.items().stream().map(EstimateItem::of).toList(), found.total(), p, s);
    }

    /** Opens a draft estimate of {@code unit} (blank: the account's unit) with its lines; 201, or 400 with nothing stored. */
    @PostMapping("/api/v1/budgets")
    @ResponseStatus(HttpStatus.CREATED)
    EstimateItem create(
            @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "") String unit,
            @RequestBody NewEstimate body) {
        long c = required(campaign);
        return EstimateItem.of(
                estimates.create(c, unit, body.title(), body.lines() == null ? List.of() : body.lines()));
    }

    @GetMapping("/api/v1/budgets/{id}")
    EstimateItem get(@PathVariable long id) {
        return EstimateItem.of(estimates.get(id));
    }

    /** The requester submits the estimate with its Tờ trình. */
    @PostMapping("/api/v1/budgets/{id}/submit")
    EstimateItem submit(@PathVariable long id) {
        return EstimateItem.of(estimates.submit(id));
    }

    record Verdict(Long lineId, Long agreedAmount, String reason) {}

    record Appraisal(List<Verdict> lines, String note, Boolean forward) {}

    /** The department's appraisal, per line {@code agreedAmount} and {@code reason}; forwarded unless {@code forward} is false. */
    @PostMapping("/api/v1/budgets/{id}/appraisal")
    EstimateItem appraise(@PathVariable long id, @RequestBody Appraisal body) {
        List<Appraisals.LineVerdict> verdicts = new ArrayList<>();
        if (body.lines() != null) {
            for (Verdict v : body.lines()) {
                if (v == null || v.lineId() == null) {
                    throw ValidationException.of("lineId", "budget.appraisal.lineId.required");
                }
                verdicts.add(new Appraisals.LineVerdict(v.lineId(), v.agreedAmount(), v.reason()));
            }
        }
        return EstimateItem.of(
                appraisals.appraise(id, verdicts, body.note(), body.forward() == null || body.forward()));
    }

    /** The chairman approves: the Quyết định phê duyệt kinh phí is issued. */
    @PostMapping("/api/v1/budgets/{id}/approve")
    EstimateItem approve(@PathVariable long id) {
        return EstimateItem.of(appraisals.approve(id));
    }

    record Attachment(String fileName, String type, String sha256, String url) {}

    record PaymentItem(
            long id,
            long lineId,
            String unitCode,
            String unitName,
            LocalDate date,
            String payee,
            long amount,
            Attachment attachment,
            String recordedBy) {
        static PaymentItem of(Payment p) {
            return new PaymentItem(
                    p.id(),
                    p.lineId(),
                    p.unitCode(),
                    p.unitName(),
                    p.date(),
                    p.payee(),
                    p.amount(),
                    new Attachment(
                            p.fileName(),
                            p.fileType(),
                            p.sha256(),
                            "/budgets/" + p.estimateId() + "/payments/" + p.id() + "/receipt"),
                    p.recordedBy());
        }
    }

    /** The receipt in the JSON body: its file name and its bytes in Base64. */
    record NewAttachment(String fileName, String content) {}

    record NewPayment(Long lineId, String date, String payee, Long amount, NewAttachment attachment) {}

    @GetMapping("/api/v1/budgets/{id}/payments")
    ApiList<PaymentItem> payments(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiList.page(
                spending.payments(id, unit).stream().map(PaymentItem::of).toList(), page, size);
    }

    /** Records a payment against an approved line; 400 above its remaining amount, nothing stored. */
    @PostMapping("/api/v1/budgets/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentItem pay(@PathVariable long id, @RequestBody NewPayment body) {
        LocalDate date = body.date() == null || body.date().isBlank()
                ? null
                : Bounds.parseDate("date", body.date(), "budget.date.unreadable");
        Spending.Upload upload = null;
        if (body.attachment() != null && body.attachment().content() != null) {
            try {
                upload = new Spending.Upload(
                        body.attachment().fileName(),
                        Base64.getDecoder().decode(body.attachment().content()));
            } catch (IllegalArgumentException notBase64) {
                throw ValidationException.of("attachment", "budget.payment.receipt.base64");
            }
        }
        return PaymentItem.of(
                spending.pay(id, new Spending.NewPayment(body.lineId(), date, body.payee(), body.amount()), upload));
    }

    record SummaryLine(
            long lineId,
            int no,
            String activity,
            String content,
            String unitCode,
            String unitName,
            long approved,
            long spent,
            long remaining,
            int percent,
            boolean settled) {}

    record Summary(long estimateId, long approved, long spent, long remaining, List<SummaryLine> lines) {}

    /** Approved, spent and remaining per line and in total, over the lines the account may read. */
    @GetMapping("/api/v1/budgets/{id}/summary")
    Summary summary(@PathVariable long id, @RequestParam(defaultValue = "") String unit) {
        List<LineSummary> lines = spending.summary(id, unit);
        long approved = lines.stream().mapToLong(LineSummary::approved).sum();
        long spent = lines.stream().mapToLong(LineSummary::spent).sum();
        return new Summary(
                id,
                approved,
                spent,
                approved - spent,
                lines.stream()
                        .map(l -> new SummaryLine(
                                l.lineId(),
                                l.no(),
                                l.activity().name(),
                                l.content(),
                                l.unitCode(),
                                l.unitName(),
                                l.approved(),
                                l.spent(),
                                l.remaining(),
                                l.percent(),
                                l.settled()))
                        .toList());
    }

    static long required(Long campaign) {
        if (campaign == null) {
            throw ValidationException.of("campaign", "budget.campaign.required");
        }
        return campaign;
    }
}
