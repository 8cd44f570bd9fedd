package vn.ngayhoi.web;

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
    vn.ngayhoi.shared.web.ApiList<TodoList.Todo> todos(
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer page,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer size) {
        // Most urgent first, as on the home page; the order is stable for the same data and clock.
        return vn.ngayhoi.shared.web.ApiList.page(todoList.of(policy.requireActor()), page, size);
    }
}
