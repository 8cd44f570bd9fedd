package vn.ngayhoi.task.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;
import vn.ngayhoi.task.ChasingLetters;
import vn.ngayhoi.task.Task;
import vn.ngayhoi.task.TaskFulfilments;
import vn.ngayhoi.task.TaskLists;
import vn.ngayhoi.task.TaskManagement;
import vn.ngayhoi.task.TaskMatrix;

/** Tasks: my unit's list, one task with progress and evidence, the matrix, manual tasks, letters. */
@Controller
class TaskPageController {

    private final TaskManagement tasks;
    private final TaskMatrix matrix;
    private final ChasingLetters letters;
    private final CampaignManagement campaigns;
    private final AccessPolicy policy;
    private final Problems problems;

    private final TaskFulfilments fulfilments;
    private final DocumentRenderer renderer;
    private final TaskLists lists;

    TaskPageController(
            TaskManagement tasks,
            TaskMatrix matrix,
            ChasingLetters letters,
            CampaignManagement campaigns,
            AccessPolicy policy,
            Problems problems,
            TaskFulfilments fulfilments,
            DocumentRenderer renderer,
            TaskLists lists) {
        this.lists = lists;
        this.fulfilments = fulfilments;
        this.renderer = renderer;
        this.tasks = tasks;
        this.matrix = matrix;
        this.letters = letters;
        this.campaigns = campaigns;
        this.policy = policy;
        this.problems = problems;
    }

    /**
     * The tasks in scope, the ones someone must act on first (overdue, then returned); filtered by
     * status (including the derived "Quá hạn") and by unit name typed with or without accents.
     */
    @GetMapping("/tasks")
    String list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Actor actor = policy.requireActor();
        LocalDate today = tasks.today();
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<Task> found = ApiList.of(
                lists.byUrgency(new TaskLists.Query(campaign, unit, status, q, null), ApiList.offset(p, s), s), p, s);
        model.addAttribute("tasks", found.items());
        model.addAttribute("tasksPage", found);
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of("OVERDUE", "RETURNED", "NOT_STARTED", "IN_PROGRESS", "DONE"));
        model.addAttribute("q", q);
        model.addAttribute("campaignId", campaign);
        model.addAttribute("unitCode", unit);
        model.addAttribute("today", today);
        model.addAttribute("letters", letters.visible());
        model.addAttribute("office", actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN));
        model.addAttribute("campaigns", campaigns.list());
        return "task/list";
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable long id, Model model) {
        Task task = tasks.get(id);
        fill(model, task);
        return "task/show";
    }

    @PostMapping("/tasks/{id}/progress")
    String progress(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "0") int percent,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            tasks.report(id, note, percent, Uploads.of(files));
            redirect.addFlashAttribute("flash", problems.message("task.progress.saved"));
            return "redirect:/tasks/" + id;
        } catch (ValidationException e) {
            return again(model, id, e, "progress", note);
        } catch (ConflictException e) {
            return conflict(model, response, id, e);
        }
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            tasks.complete(id, note, Uploads.of(files));
            redirect.addFlashAttribute("flash", problems.message("task.completed"));
            return "redirect:/tasks/" + id;
        } catch (ValidationException e) {
            return again(model, id, e, "complete", note);
        } catch (ConflictException e) {
            return conflict(model, response, id, e);
        }
    }

    @PostMapping("/tasks/{id}/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            tasks.sendBack(id, reason);
            redirect.addFlashAttribute("flash", problems.message("task.returned"));
            return "redirect:/tasks/" + id;
        } catch (ValidationException e) {
            return again(model, id, e, "return", reason);
        } catch (ConflictException e) {
            return conflict(model, response, id, e);
        }
    }

    @GetMapping("/tasks/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        var file = tasks.attachment(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @GetMapping("/tasks/matrix")
    String matrix(
            @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String status,
            Model model,
            HttpServletResponse response) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN, Role.VIEWER);
        try {
            model.addAttribute(
                    "matrix", matrix.build(campaign, unit.isBlank() ? null : unit, status.isBlank() ? null : status));
        } catch (ValidationException e) {
            // A unit name that fits none or several: say so beside the filter, show no rows.
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("matrix", new TaskMatrix.Matrix(List.of(), List.of(), java.util.Map.of()));
        }
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("campaign", campaign);
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        return "task/matrix";
    }

    @GetMapping("/tasks/matrix.xlsx")
    ResponseEntity<byte[]> matrixXlsx(
            @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String status) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN, Role.VIEWER);
        byte[] xlsx = matrix.xlsx(campaign, unit.isBlank() ? null : unit, status.isBlank() ? null : status);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("nhiem-vu.xlsx")
                                .build()
                                .toString())
                .body(xlsx);
    }

    @GetMapping("/tasks/new")
    String newForm(Model model) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        model.addAttribute("campaigns", campaigns.list());
        return "task/new";
    }

    @PostMapping("/tasks")
    String create(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String duty,
            @RequestParam(defaultValue = "") String dueDate,
            @RequestParam(defaultValue = "") String units,
            @RequestParam(required = false) Long campaign,
            Model model,
            RedirectAttributes redirect) {
        try {
            LocalDate due = Bounds.parseDate("dueDate", dueDate, "task.due.required");
            List<String> codes = Arrays.stream(units.split("[,;\\n]+"))
                    .filter(s -> !s.isBlank())
                    .toList();
            var created = tasks.createManual(title, duty, due, codes, campaign);
            redirect.addFlashAttribute("flash", problems.message("task.created", created.size()));
            return "redirect:/tasks";
        } catch (ValidationException e) {
            problems.show(model, e);
            model.addAttribute("campaigns", campaigns.list());
            model.addAttribute(
                    "form", java.util.Map.of("title", title, "duty", duty, "dueDate", dueDate, "units", units));
            return "task/new";
        }
    }

    private String again(Model model, long id, ValidationException e, String form, String value) {
        problems.show(model, e);
        model.addAttribute("openForm", form);
        model.addAttribute("formValue", value);
        fill(model, tasks.get(id));
        return "task/show";
    }

    /**
     * The task as it stands now, with why the step was refused, answered 409: already done or returned
     * (a resent form, a second tab) or changed meanwhile.
     */
    private String conflict(Model model, HttpServletResponse response, long id, ConflictException e) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("flashError", problems.message(e.messageKey(), e.args()));
        fill(model, tasks.get(id));
        return "task/show";
    }

    private void fill(Model model, Task task) {
        model.addAttribute("task", task);
        model.addAttribute("dutyLines", dutyLines(task.duty()));
        model.addAttribute("today", tasks.today());
        model.addAttribute("history", tasks.history(task.id()));
        model.addAttribute("conditions", fulfilments.conditionsOf(task));
        model.addAttribute("canWork", tasks.worksOn(task) && task.status() != vn.ngayhoi.task.TaskStatus.DONE);
        model.addAttribute("canReturn", tasks.assigned(task) && task.status() != vn.ngayhoi.task.TaskStatus.RETURNED);
    }

    /** One line of a task's duty as shown: a bullet's marker (or none) and its bold/italic runs. */
    record DutyLine(String marker, List<OfficialDocument.Run> runs) {}

    /**
     * A task made from a plan item carries the item's text in the plan's markup (**đậm**, *nghiêng*,
     * "- " bullets); read through the same parser as the plan, so the page shows emphasis, not stars.
     */
    private List<DutyLine> dutyLines(String duty) {
        if (duty == null || duty.isBlank()) {
            return List.of();
        }
        List<DutyLine> lines = new ArrayList<>();
        for (OfficialDocument.Block b : renderer.parse(duty)) {
            if (b instanceof OfficialDocument.Heading h) {
                lines.add(new DutyLine(null, List.of(new OfficialDocument.Run(h.text(), true, false))));
            } else if (b instanceof OfficialDocument.Bullet bullet) {
                lines.add(new DutyLine(bullet.marker(), bullet.runs()));
            } else if (b instanceof OfficialDocument.Paragraph p) {
                lines.add(new DutyLine(null, p.runs()));
            } else if (b instanceof OfficialDocument.Table t) {
                t.rows()
                        .forEach(row -> lines.add(
                                new DutyLine(null, List.of(OfficialDocument.Run.plain(String.join(" · ", row))))));
            }
        }
        return lines;
    }
}
