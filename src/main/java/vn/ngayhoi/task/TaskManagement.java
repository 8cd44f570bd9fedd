package vn.ngayhoi.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;
import vn.ngayhoi.task.TaskEvents.TaskCreated;
import vn.ngayhoi.task.TaskEvents.TaskProgressed;
import vn.ngayhoi.task.internal.TaskFiles;
import vn.ngayhoi.task.internal.TaskRepository;
import vn.ngayhoi.task.internal.TaskRepository.Located;

/**
 * Tasks under the one access policy: a task is visible to its unit's subtree and to the side that
 * assigned it; the unit reports progress and completes, the assigner may return it with a reason.
 */
@Service
public class TaskManagement {

    public static final int MAX_NOTE = 4000;
    public static final int MAX_FILES = 10;
    static final List<String> COMMUNE_TYPES = List.of("COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE");

    private final TaskRepository tasks;
    private final OrgUnitManagement units;
    private final UnitPicker picker;
    private final AccessPolicy policy;
    private final AttachmentScanner scanner;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxFileBytes;

    TaskManagement(
            TaskRepository tasks,
            OrgUnitManagement units,
            UnitPicker picker,
            AccessPolicy policy,
            AttachmentScanner scanner,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ngayhoi.attachments.max-size:20MB}") DataSize maxFileSize) {
        this.tasks = tasks;
        this.units = units;
        this.picker = picker;
        this.policy = policy;
        this.scanner = scanner;
        this.events = events;
        this.clock = clock;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading ----

    public Task get(long id) {
        return locate(id).task();
    }

    private Located locate(long id) {
        Located l = tasks.find(id).orElseThrow(() -> new NotFoundException("task#" + id));
        Actor actor = policy.requireActor();
        Scope scope = policy.scopeOf(actor);
        if (!scope.contains(l.unitPath()) && !scope.contains(l.assignerPath())) {
            throw policy.refuse(actor, "task:" + id);
        }
        return l;
    }

    /**
     * Tasks in scope; {@code unitCode} narrows to that unit's subtree (404 outside scope),
     * {@code status} is a stored status or {@code OVERDUE}.
     */
    public List<Task> list(Long campaignId, String unitCode, String status) {
        Scope scope = policy.currentScope();
        String subtree = null;
        if (unitCode != null && !unitCode.isBlank()) {
            subtree = picker.filter("unit", unitCode, today()).path();
        }
        String filter = statusFilter(status);
        return tasks.list(scope.pathPrefix(), campaignId, subtree, filter, today()).stream()
                .map(Located::task)
                .toList();
    }

    /** A list's status filter: null for all, a stored status or the derived OVERDUE; else a 400. */
    static String statusFilter(String status) {
        String filter =
                status == null || status.isBlank() ? null : status.strip().toUpperCase();
        if (filter != null && !filter.equals("OVERDUE")) {
            try {
                TaskStatus.valueOf(filter);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("status", "task.status.invalid", status);
            }
        }
        return filter;
    }

    /** Open tasks of the current account's own unit subtree, by due date (the home page). */
    public List<Task> openForMe() {
        Scope scope = policy.currentScope();
        return tasks.list(scope.pathPrefix(), null, scope.pathPrefix(), null, today()).stream()
                .filter(l -> scope.contains(l.unitPath()))
                .map(Located::task)
                .filter(t -> t.status() != TaskStatus.DONE)
                .toList();
    }

    /** Start-up only (demo): the tasks a plan produced. */
    public List<Task> systemTasksOfPlan(long planId) {
        return tasks.list("/", null, null, null, today()).stream()
                .map(Located::task)
                .filter(t -> t.planId() != null && t.planId() == planId)
                .toList();
    }

    public List<TaskRepository.Progress> history(long id) {
        locate(id);
        return tasks.history(id);
    }

    /** An attachment, only for accounts that may see its task; the same 404 otherwise. */
    public TaskRepository.AttachmentFile attachment(long attachmentId) {
        TaskRepository.AttachmentFile file =
                tasks.attachment(attachmentId).orElseThrow(() -> new NotFoundException("attachment#" + attachmentId));
        locate(file.taskId());
        return file;
    }

    /** Whether the current account works on the task (its unit's side) rather than assigned it. */
    public boolean worksOn(Task task) {
        return tasks.find(task.id())
                .map(l -> policy.currentScope().contains(l.unitPath()))
                .orElse(false);
    }

    /** Whether the current account assigned the task (and may return it). */
    public boolean assigned(Task task) {
        Actor actor = policy.requireActor();
        return (actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN))
                && tasks.find(task.id())
                        .map(l -> policy.scopeOf(actor).contains(l.assignerPath())
                                && !policy.scopeOf(actor).pathPrefix().equals(l.unitPath()))
                        .orElse(false);
    }

    // ---- changing ----

    /** A progress report: a note, a percentage and evidence files, all checked before anything is stored. */
    @Transactional
    public Task report(long id, String note, int percent, List<Upload> files) {
        Located l = requireWorker(id);
        Task t = l.task();
        if (t.status() == TaskStatus.DONE) {
            // Completed meanwhile or by a resent form: 409, the input is not at fault.
            throw new ConflictException("task.alreadyDone");
        }
        String clean = checkNote(note, false);
        if (percent < 0 || percent > 100) {
            throw ValidationException.of("percent", "task.percent.invalid");
        }
        var checked = TaskFiles.check(files, maxFileBytes, MAX_FILES, scanner);
        return write(t, TaskStatus.IN_PROGRESS, percent, clean, "PROGRESS", checked, null);
    }

    /** Completes the task with a note and optional evidence. */
    @Transactional
    public Task complete(long id, String note, List<Upload> files) {
        Located l = requireWorker(id);
        Task t = l.task();
        if (t.status() == TaskStatus.DONE) {
            // Completed meanwhile or by a resent form: 409, the input is not at fault.
            throw new ConflictException("task.alreadyDone");
        }
        String clean = checkNote(note, true);
        var checked = TaskFiles.check(files, maxFileBytes, MAX_FILES, scanner);
        return write(t, TaskStatus.DONE, 100, clean, "COMPLETED", checked, null);
    }

    /** The assigner returns the task; the reason is mandatory and shown to the unit. */
    @Transactional
    public Task sendBack(long id, String reason) {
        Located l = locate(id);
        if (!assigned(l.task())) {
            policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
            throw new org.springframework.security.access.AccessDeniedException("not the assigner");
        }
        String clean = Texts.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw ValidationException.of("reason", "task.return.reasonRequired");
        }
        if (clean.length() > MAX_NOTE) {
            throw ValidationException.of("reason", "task.note.tooLong", MAX_NOTE);
        }
        if (l.task().status() == TaskStatus.RETURNED) {
            // Returned already (twice sent, or by a colleague); the version check in write() covers a
            // return racing this one.
            throw new ConflictException("task.alreadyReturned");
        }
        return write(l.task(), TaskStatus.RETURNED, l.task().percent(), clean, "RETURNED", List.of(), clean);
    }

    /**
     * A task added by hand by the standing office, to units in its scope: each code, or the group
     * {@code COMMUNES} (every commune-level unit of the scope).
     */
    @Transactional
    public List<Task> createManual(String title, String duty, LocalDate due, List<String> unitCodes, Long campaignId) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Actor actor = policy.requireActor();
        String cleanTitle = Texts.clean(title);
        if (cleanTitle == null || cleanTitle.isEmpty() || cleanTitle.length() > 300) {
            throw ValidationException.of("title", "task.title.invalid");
        }
        String cleanDuty = duty == null ? "" : duty.strip();
        if (cleanDuty.length() > 20_000) {
            throw ValidationException.of("duty", "task.note.tooLong", 20_000);
        }
        if (due == null) {
            throw ValidationException.of("dueDate", "task.due.required");
        }
        List<OrgUnit> targets = new ArrayList<>();
        for (String code : unitCodes) {
            if (code.strip().equals("COMMUNES")) {
                targets.addAll(units.systemUnitsOfTypes(policy.currentScope().pathPrefix(), COMMUNE_TYPES));
            } else {
                targets.add(picker.pick("units", code, today()));
            }
        }
        if (targets.isEmpty()) {
            throw ValidationException.of("units", "task.unit.required");
        }
        long assigner = actor.unitId();
        List<Task> created = new ArrayList<>();
        for (OrgUnit unit : targets.stream().distinct().toList()) {
            created.add(systemCreate(
                    campaignId, null, null, titled(unit, cleanTitle), cleanDuty, unit.id(), assigner, List.of(), due));
        }
        return created;
    }

    /** "Xã Sơn Hà: gửi lịch tổ chức Ngày hội": one task per unit, so each title says whose it is. */
    static String titled(OrgUnit unit, String title) {
        String prefix = unit.name() + ": ";
        if (title.startsWith(prefix)) {
            return title;
        }
        return prefix + Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** For the plan listener and the demo: creates a task without an account. */
    @Transactional
    public Task systemCreate(
            Long campaignId,
            Long planId,
            String section,
            String title,
            String duty,
            long unitId,
            long assignerId,
            List<String> coordinating,
            LocalDate due) {
        return systemCreate(campaignId, planId, section, title, duty, unitId, assignerId, coordinating, due, List.of());
    }

    /**
     * As above, completed by itself once every one of {@code fulfilledBy} has happened for the unit in
     * the campaign (a task without a campaign has nothing to wait for).
     */
    @Transactional
    public Task systemCreate(
            Long campaignId,
            Long planId,
            String section,
            String title,
            String duty,
            long unitId,
            long assignerId,
            List<String> coordinating,
            LocalDate due,
            List<TaskFulfilment> fulfilledBy) {
        long id = tasks.insert(campaignId, planId, section, title, duty, unitId, assignerId, coordinating, due, now());
        if (campaignId != null && !fulfilledBy.isEmpty()) {
            tasks.setFulfilment(
                    id, fulfilledBy.stream().distinct().map(Enum::name).toList());
        }
        Task task = tasks.find(id).orElseThrow().task();
        events.publishEvent(new TaskCreated(id, task.unitCode(), title, section));
        return task;
    }

    /** Start-up only (demo): a progress report or completion without an account. */
    @Transactional
    public Task systemReport(long id, String note, int percent, boolean done, String by) {
        Task t = tasks.find(id).orElseThrow().task();
        return write(
                t,
                done ? TaskStatus.DONE : TaskStatus.IN_PROGRESS,
                done ? 100 : percent,
                note,
                done ? "COMPLETED" : "PROGRESS",
                List.of(),
                null,
                by);
    }

    private Task write(
            Task t,
            TaskStatus to,
            int percent,
            String note,
            String kind,
            List<TaskFiles.Checked> files,
            String reason) {
        return write(
                t, to, percent, note, kind, files, reason, policy.requireActor().username());
    }

    private Task write(
            Task t,
            TaskStatus to,
            int percent,
            String note,
            String kind,
            List<TaskFiles.Checked> files,
            String reason,
            String by) {
        OffsetDateTime now = now();
        boolean done = to == TaskStatus.DONE;
        if (!tasks.update(
                t.id(),
                t.version(),
                to,
                percent,
                done ? note : null,
                reason,
                done ? now : null,
                done ? by : null,
                now)) {
            throw new ConflictException("task.changedMeanwhile");
        }
        long progressId = tasks.addProgress(t.id(), note == null ? "" : note, percent, kind, now, by);
        for (TaskFiles.Checked f : files) {
            tasks.addAttachment(
                    t.id(), progressId, f.name(), f.mime(), f.content(), Hashes.sha256(f.content()), now, by);
        }
        events.publishEvent(new TaskProgressed(t.id(), t.status(), to, percent, files.size()));
        return tasks.find(t.id()).orElseThrow().task();
    }

    private Located requireWorker(long id) {
        Located l = locate(id);
        if (!policy.currentScope().contains(l.unitPath())) {
            throw policy.refuse(policy.requireActor(), "task:" + id);
        }
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.DEPARTMENT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        return l;
    }

    private static String checkNote(String note, boolean required) {
        String clean = note == null ? "" : java.text.Normalizer.normalize(note.strip(), java.text.Normalizer.Form.NFC);
        if (required && clean.isEmpty()) {
            throw ValidationException.of("note", "task.note.required");
        }
        if (clean.length() > MAX_NOTE) {
            throw ValidationException.of("note", "task.note.tooLong", MAX_NOTE);
        }
        return clean;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
