package vn.ngayhoi.plan.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanFiles;
import vn.ngayhoi.plan.PlanLists;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.plan.PlanStatus;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.ApiList;

/**
 * Plans in the API: the same scope as the pages. Field names are the contract of the plans issue;
 * the names this endpoint used before ({@code numberLine}, {@code subject}, {@code issuedOn}, the
 * wrapped {@code plan}) stay one release as deprecated aliases.
 */
@RestController
@RequestMapping("/api/v1")
class PlanApiController {

    private static final String NUMBER_PREFIX = "Số:";

    private final PlanManagement plans;
    private final PlanFiles files;
    private final PlanLists lists;
    private final CampaignManagement campaigns;

    PlanApiController(PlanManagement plans, PlanFiles files, PlanLists lists, CampaignManagement campaigns) {
        this.plans = plans;
        this.files = files;
        this.lists = lists;
        this.campaigns = campaigns;
    }

    record PlanItem(
            long id,
            int year,
            long campaignId,
            String unitCode,
            String unitName,
            String status,

            @Schema(description = "Số ký hiệu như \"01/KH-BCĐ\"; null trước khi ban hành", nullable = true)
            String number,

            String title,

            @Schema(description = "Ngày ban hành (00:00 giờ Việt Nam), null trước khi ban hành", nullable = true)
            OffsetDateTime issuedAt,

            OffsetDateTime updatedAt,

            @Deprecated @Schema(deprecated = true, description = "Dùng number")
            String numberLine,

            @Deprecated @Schema(deprecated = true, description = "Dùng title")
            String subject,

            @Deprecated @Schema(deprecated = true, description = "Dùng issuedAt")
            LocalDate issuedOn) {

        static PlanItem of(Plan p, int year) {
            return new PlanItem(
                    p.id(),
                    year,
                    p.campaignId(),
                    p.unitCode(),
                    p.unitName(),
                    p.status().name(),
                    PlanApiController.number(p.numberLine()),
                    p.content().subject(),
                    p.issuedOn() == null
                            ? null
                            : p.issuedOn().atStartOfDay(Formats.ZONE).toOffsetDateTime(),
                    p.updatedAt(),
                    p.numberLine(),
                    p.content().subject(),
                    p.issuedOn());
        }
    }

    /** "Số: 01/KH-BCĐ" → "01/KH-BCĐ"; a line without a number yet ("Số:      /KH-BCĐ") → null. */
    static String number(String numberLine) {
        if (numberLine == null) {
            return null;
        }
        String n = numberLine.strip();
        if (n.startsWith(NUMBER_PREFIX)) {
            n = n.substring(NUMBER_PREFIX.length()).strip();
        }
        return n.isEmpty() || n.startsWith("/") ? null : n;
    }

    record PlanDetail(
            long id,
            int year,
            long campaignId,
            String unitCode,
            String unitName,
            String status,
            @Schema(nullable = true) String number,
            String title,
            @Schema(nullable = true) OffsetDateTime issuedAt,
            OffsetDateTime updatedAt,
            @Schema(nullable = true) Long parentPlanId,
            @Schema(nullable = true) String returnReason,
            List<PlanContent.Section> sections,
            List<PlanContent.Responsibility> responsibilities,
            List<PlanContent.Recipient> recipients,
            @Schema(nullable = true) PlanContent.Signature signer,

            @Deprecated @Schema(deprecated = true, description = "Các trường đã có ở cấp trên")
            PlanItem plan,

            @Deprecated @Schema(deprecated = true, description = "Dùng sections, responsibilities, recipients, signer")
            PlanContent content) {

        static PlanDetail of(Plan p, int year) {
            PlanItem i = PlanItem.of(p, year);
            PlanContent c = p.content();
            return new PlanDetail(
                    i.id(),
                    i.year(),
                    i.campaignId(),
                    i.unitCode(),
                    i.unitName(),
                    i.status(),
                    i.number(),
                    i.title(),
                    i.issuedAt(),
                    i.updatedAt(),
                    p.parentPlanId(),
                    p.returnReason(),
                    c.sections(),
                    c.responsibilities(),
                    c.recipients(),
                    c.signature(),
                    i,
                    c);
        }
    }

    /** One unit that must issue its own plan under the campaign's plan. */
    record SubPlan(
            String unitCode,
            String unitName,
            @Schema(nullable = true) Long planId,

            @Schema(description = "ISSUED, IN_PROGRESS hoặc NOT_STARTED")
            String status,

            boolean late) {}

    @GetMapping("/plans")
    ApiList<PlanItem> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Integer wantedYear = year == null ? null : Bounds.year("year", year);
        PlanStatus wantedStatus = status(status);
        Instant since = ApiList.instant("updatedSince", updatedSince);
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        var found = lists.byId(
                new PlanLists.Query(campaign, unit, wantedYear, wantedStatus, null, since), ApiList.offset(p, s), s);
        Map<Long, Integer> years = campaigns.systemYears(
                found.items().stream().map(Plan::campaignId).toList());
        return new ApiList<>(
                found.items().stream()
                        .map(plan -> PlanItem.of(plan, years.get(plan.campaignId())))
                        .toList(),
                found.total(),
                p,
                s);
    }

    @GetMapping("/plans/{id}")
    PlanDetail get(@PathVariable long id) {
        Plan p = plans.get(id);
        return PlanDetail.of(p, yearOf(p.campaignId()));
    }

    /**
     * The units expected to issue their own plan under a campaign: under the plan of {@code unit}
     * when given, else under the campaign's top plan when the caller owns it, else under the plan of
     * the caller's own unit.
     */
    @GetMapping("/campaigns/{id}/sub-plans")
    ApiList<SubPlan> subPlans(@PathVariable long id, @RequestParam(required = false) String unit) {
        campaigns.get(id);
        Plan upper = upperPlan(id, unit);
        List<SubPlan> rows = upper == null
                ? List.of()
                : plans.cascade(upper.id()).stream()
                        .map(r -> new SubPlan(r.unitCode(), r.unitName(), r.planId(), r.state(), r.late()))
                        .toList();
        return ApiList.all(rows);
    }

    private Plan upperPlan(long campaignId, String unit) {
        if (unit != null && !unit.isBlank()) {
            String code = unit.strip();
            return plans.list(campaignId, code).stream()
                    .filter(p -> p.unitCode().equals(code))
                    .findFirst()
                    .orElse(null);
        }
        List<Plan> own = plans.list(campaignId);
        return own.stream()
                .filter(p -> p.parentPlanId() == null)
                .findFirst()
                .or(() -> own.stream().min(Comparator.comparingLong(Plan::id)))
                .orElse(null);
    }

    @GetMapping("/plans/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return vn.ngayhoi.shared.web.Downloads.attachment(
                files.pdf(id), "ke-hoach-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/plans/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return vn.ngayhoi.shared.web.Downloads.attachment(
                files.docx(id),
                "ke-hoach-" + id + ".docx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    private int yearOf(long campaignId) {
        return campaigns.systemFind(campaignId).orElseThrow().year();
    }

    private static PlanStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(PlanStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("status", "input.invalidValue", "status"));
    }
}
