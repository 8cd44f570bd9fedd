package vn.ngayhoi.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanManagement;

/** Plans in the API: the same scope as the pages. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanApiController {

    private final PlanManagement plans;

    PlanApiController(PlanManagement plans) {
        this.plans = plans;
    }

    record PlanSummary(
            long id,
            long campaignId,
            String unitCode,
            String unitName,
            String status,
            String numberLine,
            LocalDate issuedOn,
            String subject) {
        static PlanSummary of(Plan p) {
            return new PlanSummary(
                    p.id(),
                    p.campaignId(),
                    p.unitCode(),
                    p.unitName(),
                    p.status().name(),
                    p.numberLine(),
                    p.issuedOn(),
                    p.content().subject());
        }
    }

    record PlanDetail(PlanSummary plan, Long parentPlanId, String returnReason, PlanContent content) {}

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) Long campaign) {
        List<PlanSummary> items =
                plans.list(campaign).stream().map(PlanSummary::of).toList();
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/{id}")
    PlanDetail get(@PathVariable long id) {
        Plan p = plans.get(id);
        return new PlanDetail(PlanSummary.of(p), p.parentPlanId(), p.returnReason(), p.content());
    }

    @GetMapping("/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return PlanPageController.download(plans.pdf(id), "ke-hoach-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return PlanPageController.download(
                plans.docx(id),
                "ke-hoach-" + id + ".docx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }
}
