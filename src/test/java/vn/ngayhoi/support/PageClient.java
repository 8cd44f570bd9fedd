package vn.ngayhoi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser reduced to HTTP: signs in through the login form, keeps the session cookie, reads
 * a form's hidden fields (CSRF token, form key) from a page and posts it back. Safe to use from
 * several threads at once, which is the point: the same session, token and form key sent twice.
 */
public final class PageClient {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>.*?</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile(
            "<input\\b(?=[^>]*type=\"hidden\")(?=[^>]*name=\"([^\"]+)\")(?=[^>]*value=\"([^\"]*)\")[^>]*>");

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private volatile String cookie;

    /** An answer: status, body and the redirect target if any. */
    public record Page(int status, String body, String location) {
        public boolean isRedirect() {
            return status >= 300 && status < 400;
        }
    }

    public PageClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the login page as a person does; fails the test if sign-in fails. */
    public static PageClient signedIn(int port, String username, String password) {
        PageClient c = new PageClient(port);
        Page login = c.get("/login");
        Page done = c.post("/login", Map.of("username", username, "password", password, "_csrf", csrf(login.body())));
        assertThat(done.status()).as("sign-in of " + username).isEqualTo(302);
        assertThat(done.location()).as("sign-in of " + username).doesNotContain("error");
        return c;
    }

    public Page get(String path) {
        return send(builder(path).GET());
    }

    /** Posts a URL-encoded form. */
    public Page post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(builder(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    /** Posts a multipart form of text fields only (as a form with an empty file input sends it). */
    public Page postMultipart(String path, Map<String, String> fields) {
        String boundary = "----ngayhoi" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The hidden fields of the page's form whose action ends with {@code actionPath}. */
    public static Map<String, String> hiddenFields(String html, String actionPath) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            String form = forms.group();
            Matcher action = ACTION.matcher(form);
            if (action.find() && action.group(1).replace("&amp;", "&").endsWith(actionPath)) {
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher hidden = HIDDEN.matcher(form);
                while (hidden.find()) {
                    fields.put(hidden.group(1), hidden.group(2));
                }
                return fields;
            }
        }
        throw new AssertionError("no form posting to " + actionPath + " on the page");
    }

    public static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    /** A download (PDF, image) as its bytes, with the status. */
    public record Download(int status, byte[] body, String contentType) {}

    public Download download(String path) {
        try {
            HttpResponse<byte[]> r = client.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        String current = cookie;
        if (current != null) {
            b.header("Cookie", current);
        }
        return b;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.split(";")[0]);
            return new Page(
                    r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
