package vn.ngayhoi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh {@code _formKey} to every form that is not a GET, beside Spring Security's CSRF token,
 * so no template has to remember it. One key per rendering of a form: submitting that rendering twice
 * (a double click, a resent page) sends the same key, and {@link FormSubmissions} does it only once.
 */
final class FormKeys implements RequestDataValueProcessor {

    static final String PARAMETER = "_formKey";

    /** Set by {@link #processAction} for the form being rendered: the key is for forms that change things. */
    private static final String GET_FORM = FormKeys.class.getName() + ".GET";

    private final RequestDataValueProcessor csrf;

    FormKeys(RequestDataValueProcessor csrf) {
        this.csrf = csrf;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        request.setAttribute(GET_FORM, "get".equalsIgnoreCase(httpMethod));
        return csrf.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return csrf.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = csrf.getExtraHiddenFields(request);
        if (Boolean.TRUE.equals(request.getAttribute(GET_FORM))) {
            return fields;
        }
        Map<String, String> withKey = new LinkedHashMap<>(fields == null ? Map.of() : fields);
        withKey.put(PARAMETER, UUID.randomUUID().toString());
        return withKey;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return csrf.processUrl(request, url);
    }
}
