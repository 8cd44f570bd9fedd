package vn.ngayhoi.shared.web;

import java.util.List;
import java.util.Map;

/**
 * Lets a module add a part to another module's page without the page's module depending on it (the
 * festival page shows the models launched there and the coverage recorded for it, both kept by
 * outreach, which itself depends on festival). Implementations check access themselves and return
 * nothing the signed-in account may not see.
 */
public interface PanelSource {

    /** A Thymeleaf template holding a fragment {@code panel(m)}, and the model it is given as {@code m}. */
    record Panel(String template, Map<String, Object> model) {}

    /** The panels for page {@code page} ({@code "festival"}) about the record {@code id}. */
    List<Panel> panelsFor(String page, long id);
}
