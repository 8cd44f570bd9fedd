package vn.ngayhoi.task.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.task.Task;
import vn.ngayhoi.task.TaskLists;
import vn.ngayhoi.task.TaskManagement;

/** Tasks in the API; field names are a contract. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    private final TaskManagement tasks;
    private final TaskLists lists;

    TaskApiController(TaskManagement tasks, TaskLists lists) {
        this.lists = lists;
        this.tasks = tasks;
    }

    record TaskItem(
            long id,
            String title,
            String unitCode,
            String unitName,
            LocalDate dueDate,
            String status,
            boolean overdue,
            java.time.OffsetDateTime updatedAt) {
        static TaskItem of(Task t, LocalDate today) {
            return new TaskItem(
                    t.id(),
                    t.title(),
                    t.unitCode(),
                    t.unitName(),
                    t.dueDate(),
                    t.status().name(),
                    t.overdueOn(today),
                    t.updatedAt());
        }
    }

    record TaskDetail(
            long id,
            String title,
            String duty,
            String unitCode,
            String unitName,
            LocalDate dueDate,
            String status,
            boolean overdue,
            int percent,
            Long campaignId,
            Long planId,
            String sourceSection,
            String completionNote,
            String returnReason,
            List<String> coordinatingUnits) {
        static TaskDetail of(Task t, LocalDate today) {
            return new TaskDetail(
                    t.id(),
                    t.title(),
                    t.duty(),
                    t.unitCode(),
                    t.unitName(),
                    t.dueDate(),
                    t.status().name(),
                    t.overdueOn(today),
                    t.percent(),
                    t.campaignId(),
                    t.planId(),
                    t.sourceSection(),
                    t.completionNote(),
                    t.returnReason(),
                    t.coordinatingUnits());
        }
    }

    record CompleteBody(String note) {}

    @GetMapping
    vn.ngayhoi.shared.web.ApiList<TaskItem> list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = tasks.today();
        java.time.Instant since = ApiList.instant("updatedSince", updatedSince);
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        var found = lists.byId(new TaskLists.Query(campaign, unit, status, null, since), ApiList.offset(p, s), s);
        return new ApiList<>(
                found.items().stream().map(t -> TaskItem.of(t, today)).toList(), found.total(), p, s);
    }

    @GetMapping("/{id}")
    TaskDetail get(@PathVariable long id) {
        return TaskDetail.of(tasks.get(id), tasks.today());
    }

    @PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TaskDetail progress(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "0") int percent,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return TaskDetail.of(tasks.report(id, note, percent, Uploads.of(files)), tasks.today());
    }

    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    TaskDetail completeJson(@PathVariable long id, @RequestBody CompleteBody body) {
        return TaskDetail.of(tasks.complete(id, body.note(), List.of()), tasks.today());
    }

    @PostMapping(
            path = "/{id}/complete",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    TaskDetail complete(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return TaskDetail.of(tasks.complete(id, note, Uploads.of(files)), tasks.today());
    }
}
