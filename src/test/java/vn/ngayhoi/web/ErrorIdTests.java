package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** An unexpected exception in a controller: logged with its stack trace under the id the caller sees. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorIdTests {

    private final ErrorHandling handling = new ErrorHandling(messages(), null, null);

    @Test
    void anApiFailureCarriesTheErrorIdThatIsLoggedWithTheStackTrace(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/reports/7");

        Object answer = handling.unexpected(
                new IllegalStateException("hỏng giữa chừng"),
                request,
                new MockHttpServletResponse(),
                new ExtendedModelMap());

        ResponseEntity<?> entity = (ResponseEntity<?>) answer;
        assertThat(entity.getStatusCode().value()).isEqualTo(500);
        Map<?, ?> body = (Map<?, ?>) entity.getBody();
        assertThat(body.get("message")).isEqualTo("Đã có lỗi xảy ra.");
        String id = (String) body.get("errorId");
        assertThat(id).matches("[0-9a-f]{8}");
        assertThat(output.getOut())
                .contains("ERROR")
                .contains("Unexpected error " + id + " on POST /api/v1/reports/7")
                .contains("java.lang.IllegalStateException: hỏng giữa chừng")
                .contains("at vn.ngayhoi.web.ErrorIdTests");
        assertThat(Pattern.compile("Unexpected error").matcher(output.getOut()).results())
                .hasSize(1);
    }

    @Test
    void aSpringExceptionWithItsOwnStatusKeepsItAndIsNotAnIncident(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/nothing");

        Object answer = handling.unexpected(
                new NoResourceFoundException(org.springframework.http.HttpMethod.GET, "/api/v1/nothing", "x"),
                request,
                new MockHttpServletResponse(),
                new ExtendedModelMap());

        ResponseEntity<?> entity = (ResponseEntity<?>) answer;
        assertThat(entity.getStatusCode().value()).isEqualTo(404);
        assertThat(((Map<?, ?>) entity.getBody()).containsKey("errorId")).isFalse();
        assertThat(output.getOut()).doesNotContain("Unexpected error");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        messages.addMessage("error.internal", Locale.getDefault(), "Đã có lỗi xảy ra.");
        messages.addMessage("error.internal", Locale.forLanguageTag("vi"), "Đã có lỗi xảy ra.");
        return messages;
    }
}
