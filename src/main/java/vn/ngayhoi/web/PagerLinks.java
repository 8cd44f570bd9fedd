package vn.ngayhoi.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the pager fragment ({@code fragments :: pager}), exposed to templates as
 * {@code @pager}: the address of the page being shown with only {@code page} replaced, so every
 * filter the list was asked with (campaign, unit, status, q, size …) is kept without each template
 * naming them.
 */
@Component("pager")
public class PagerLinks {

    /** The current list's address showing page {@code page} (0-based, as the {@code page} parameter). */
    public String href(long page) {
        return href("page", page);
    }

    /** The address with only the parameter {@code param} set to {@code page}: a second list on the page. */
    public String href(String param, long page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("_formKey");
        if (page == 0) {
            link.replaceQueryParam(param);
        } else {
            link.replaceQueryParam(param, page);
        }
        return link.build().toUriString();
    }
}
