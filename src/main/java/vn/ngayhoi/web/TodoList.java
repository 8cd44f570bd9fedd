package vn.ngayhoi.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/**
 * "Việc cần làm": every obligation of one account, from every module, most urgent first. The home
 * page and {@code GET /api/v1/me/todos} both read it, so they never disagree.
 */
@Component
class TodoList {

    /**
     * One item as shown and as the API gives it.
     *
     * @param overdueDays days past the due date, 0 when not overdue or undated
     */
    record Todo(
            String kind,
            String title,
            String unitCode,
            String unitName,
            LocalDate dueDate,
            long overdueDays,
            String url,
            String note) {

        public boolean overdue() {
            return overdueDays > 0;
        }
    }

    /**
     * What the level above sent back first (someone is waiting on it, with a reason to read), then
     * overdue (the longest overdue on top), then by due date, then what has no date.
     */
    private static final Comparator<Todo> URGENCY = Comparator.comparing(
                    (Todo t) -> !t.kind().endsWith("_RETURNED"))
            .thenComparingLong(t -> -t.overdueDays())
            .thenComparing(Todo::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Todo::title);

    private final List<TodoSource> sources;
    private final MessageSource messages;
    private final Clock clock;

    TodoList(List<TodoSource> sources, MessageSource messages, Clock clock) {
        this.sources = sources;
        this.messages = messages;
        this.clock = clock;
    }

    List<Todo> of(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return sources.stream()
                .flatMap(s -> s.todosFor(actor).stream())
                .map(item -> shown(item, today))
                .sorted(URGENCY)
                .toList();
    }

    private Todo shown(TodoItem item, LocalDate today) {
        long overdue = item.dueDate() != null && today.isAfter(item.dueDate())
                ? ChronoUnit.DAYS.between(item.dueDate(), today)
                : 0;
        String title = messages.getMessage(item.titleKey(), item.titleArgs(), LocaleContextHolder.getLocale());
        return new Todo(
                item.kind(),
                title,
                item.unitCode(),
                item.unitName(),
                item.dueDate(),
                overdue,
                item.href(),
                item.note());
    }
}
