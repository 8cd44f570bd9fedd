package vn.ngayhoi.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.shared.security.AccessPolicy;

/** The signed-in account's to-do list for other systems and phones: the home page's list, as JSON. */
@RestController
class TodoApiController {

    private final AccessPolicy policy;
    private final TodoList todoList;

    TodoApiController(AccessPolicy policy, TodoList todoList) {
        this.policy = policy;
        this.todoList = todoList;
    }

    /** {@code {"items": [{kind, title, unitCode, unitName, dueDate, overdueDays, url, note}], "total"}}. */
    @GetMapping("/api/v1/me/todos")
    Map<String, Object> todos() {
        List<TodoList.Todo> items = todoList.of(policy.requireActor());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("total", items.size());
        return body;
    }
}
