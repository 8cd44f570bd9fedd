package vn.ngayhoi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running application, as another system would call the API. */
public final class Api {

    public static final String DEMO_PASSWORD = "Quanson@2022";

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A response with its status, headers and body; {@link #json()} parses the body. */
    public record Reply(int status, String body, java.net.http.HttpHeaders headers, JsonMapper mapper) {
        public JsonNode json() {
            return mapper.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Reply get(String path, String username, String password) {
        return send(request(path, username, password).GET().build());
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public Reply postJson(String path, String username, String password, String body) {
        return send(request(path, username, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** A JSON POST without credentials, with extra headers (a citizen's browser or app). */
    public Reply postJsonAs(String path, String body, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return send(b.build());
    }

    public Reply putJson(String path, String username, String password, String body) {
        return send(request(path, username, password)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** A multipart/form-data POST: text fields, then files as (field, file name, bytes). */
    public Reply postMultipart(
            String path,
            String username,
            String password,
            java.util.Map<String, String> fields,
            java.util.List<Object[]> files) {
        String boundary = "----ngayhoi" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                                + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (Object[] file : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file[0]
                                + "\"; filename=\"" + file[1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write((byte[]) file[2]);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path, username, password)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public Reply delete(String path, String username, String password) {
        return send(request(path, username, password).DELETE().build());
    }

    /** A GET with {@code Authorization: Bearer token}, as a machine client with an access token calls. */
    public Reply getBearer(String path, String token) {
        return send(bearer(path, token).GET().build());
    }

    public Reply postJsonBearer(String path, String token, String body) {
        return send(bearer(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    public Reply deleteBearer(String path, String token) {
        return send(bearer(path, token).DELETE().build());
    }

    private HttpRequest.Builder bearer(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    public Reply postForm(String path, String form, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b.build());
    }

    public Reply getWithCookie(String path, String cookie) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", cookie)
                .GET()
                .build());
    }

    /** The session cookie ("SESSION=…") a reply sets, or {@code null}. */
    public static String sessionCookie(Reply reply) {
        String header = reply.header("Set-Cookie");
        return header == null ? null : header.split(";")[0];
    }

    /** The CSRF token of the first form on a page. */
    public static String csrf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + token);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r.headers(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
