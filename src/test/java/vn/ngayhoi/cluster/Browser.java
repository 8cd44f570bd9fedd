package vn.ngayhoi.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's session reduced to HTTP, sent to any address: the balancer or one instance directly.
 * The session cookie is kept from whichever answered, so a request to the other instance carries it.
 */
public final class Browser {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private volatile String cookie;

    public record Answer(int status, byte[] body, String location, String servedBy) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public Answer get(int port, String path) {
        return send(request(port, path).GET());
    }

    public Answer post(int port, String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(port, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(int port, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            r.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
                    .findFirst()
                    .ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            return new Answer(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("X-Served-By").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
