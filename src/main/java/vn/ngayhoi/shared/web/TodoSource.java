package vn.ngayhoi.shared.web;

import java.util.List;
import vn.ngayhoi.shared.security.Actor;

/** Implemented by modules that give people work; the home page lists all sources' items by due date. */
public interface TodoSource {

    List<TodoItem> todosFor(Actor actor);
}
