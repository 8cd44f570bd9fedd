package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ngayhoi.support.IntegrationTest;

/** Pages stay light on a slow line: static files are cached and fingerprinted, text is gzipped. */
@IntegrationTest
class StaticResourcesIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void webjarsAreCachedForAYearAndGzipped() throws Exception {
        HttpResponse<byte[]> r = get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void ourOwnCssIsLinkedWithAHashOfItsContentAndCached() throws Exception {
        String html = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var m = java.util.regex.Pattern.compile("/css/app\\.css\\?v=[0-9a-f]{12}")
                .matcher(html);
        assertThat(m.find()).as("a fingerprinted app.css link").isTrue();
        HttpResponse<byte[]> css = get(m.group());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
    }
}
