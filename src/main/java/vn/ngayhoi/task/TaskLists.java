package vn.ngayhoi.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.task.internal.TaskRepository;
import vn.ngayhoi.task.internal.TaskRepository.Located;

/**
 * Lists of tasks read a page at a time (issue 20): one page's rows and how many match, in two
 * statements whatever the number of tasks in scope. The same rows as {@link TaskManagement#list}.
 */
@Service
public class TaskLists {

    /**
     * A list's filters; null or blank ones do not filter. {@code status} is a stored status or
     * OVERDUE; {@code q} matches the unit's name, accents optional.
     */
    public record Query(Long campaignId, String unitCode, String status, String q, Instant since) {}

    private final TaskRepository tasks;
    private final UnitPicker picker;
    private final AccessPolicy policy;
    private final Clock clock;

    TaskLists(TaskRepository tasks, UnitPicker picker, AccessPolicy policy, Clock clock) {
        this.tasks = tasks;
        this.picker = picker;
        this.policy = policy;
        this.clock = clock;
    }

    /** The page as the tasks page lists it: overdue, returned, open by due date, done last. */
    public Slice<Task> byUrgency(Query query, long offset, int limit) {
        return page(query, TaskRepository.Order.URGENCY, offset, limit);
    }

    /** The page in id order, so an API client walking the pages reads every task once. */
    public Slice<Task> byId(Query query, long offset, int limit) {
        return page(query, TaskRepository.Order.ID, offset, limit);
    }

    private Slice<Task> page(Query query, TaskRepository.Order order, long offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        String subtree = query.unitCode() == null || query.unitCode().isBlank()
                ? null
                : picker.filter("unit", query.unitCode(), today).path();
        Slice<Located> found = tasks.page(
                policy.currentScope().pathPrefix(),
                query.campaignId(),
                subtree,
                TaskManagement.statusFilter(query.status()),
                Texts.fold(query.q()),
                query.since() == null ? null : query.since().atOffset(ZoneOffset.UTC),
                today,
                order,
                offset,
                limit);
        return new Slice<>(found.items().stream().map(Located::task).toList(), found.total());
    }
}
