package vn.ngayhoi.shared.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * Data for a chart, written into a {@code <script type="application/json">} element with th:utext.
 * The JSON is the system's own serialisation, and "<", ">" and "&" are written as Unicode escapes, so no
 * name a user typed can close the script element or start markup inside it.
 */
public final class ScriptJson {

    private ScriptJson() {}

    public static String of(JsonMapper json, Object value) {
        return json.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
