package vn.ngayhoi.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/** "Việc cần làm": what this person must do next, most urgent first, whatever module it comes from. */
@Controller
class HomeController {

    /** Roles in the order that decides which empty-list hint a person with several roles sees. */
    private static final List<Role> PRIMARY = List.of(
            Role.ADMIN, Role.STANDING_OFFICE, Role.LEADER, Role.DEPARTMENT_OFFICER, Role.UNIT_OFFICER, Role.VIEWER);

    private final AccessPolicy policy;
    private final TodoList todoList;

    HomeController(AccessPolicy policy, TodoList todoList) {
        this.policy = policy;
        this.todoList = todoList;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = policy.requireActor();
        List<TodoList.Todo> todos = todoList.of(actor);
        Role primary = PRIMARY.stream().filter(actor::has).findFirst().orElse(Role.VIEWER);
        model.addAttribute("todos", todos);
        model.addAttribute("primaryRole", primary);
        model.addAttribute("emptyHintKey", "home.empty." + primary.name());
        return "home/index";
    }
}
