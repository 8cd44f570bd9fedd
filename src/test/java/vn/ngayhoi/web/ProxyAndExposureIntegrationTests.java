package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/**
 * Behind a TLS proxy (forwarded headers on, as the test profile configures them): Secure cookies,
 * HSTS, redirects that never carry a forged host; the API description only for signed-in callers;
 * the embedded database syncs its writes to disk.
 */
@IntegrationTest
class ProxyAndExposureIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> viaProxy = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.statusCode()).isEqualTo(200);
        assertThat(viaProxy.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("; Secure");
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000");

        HttpResponse<String> plain = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContainIgnoringCase("secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aForgedHostNeverAppearsInARedirect() throws IOException {
        for (String extra : new String[] {"", "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n"}) {
            for (String path : new String[] {"/", "/reports", "/festivals/calendar", "/admin/users"}) {
                String answer = raw(
                        "GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n" + extra + "Connection: close\r\n\r\n");
                assertThat(answer).startsWith("HTTP/1.1 302");
                String location = location(answer);
                assertThat(location).as(path).isEqualTo("/login").doesNotContain("evil.example");
            }
        }
    }

    @Test
    void theOpenApiDescriptionNeedsASignedInAccount() {
        Api.Reply anonymous = api.get("/v3/api-docs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("/api/v1/users");

        Api.Reply basic = api.get("/v3/api-docs", "theodoi", Api.DEMO_PASSWORD);
        assertThat(basic.status()).isEqualTo(200);
        assertThat(basic.json().get("paths").has("/api/v1/users")).isTrue();

        Api.Reply page = api.get("/login");
        String cookie = Api.sessionCookie(page);
        Api.Reply signedIn = api.postForm(
                "/login", "username=theodoi&password=Quanson%402022&_csrf=" + Api.csrf(page.body()), cookie);
        Api.Reply withSession = api.getWithCookie("/v3/api-docs", Api.sessionCookie(signedIn));
        assertThat(withSession.status()).isEqualTo(200);
        assertThat(withSession.body()).contains("/api/v1/users");
    }

    @Test
    void theEmbeddedDatabaseSyncsCommitsToDisk() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(jdbc.sql("show full_page_writes").query(String.class).single())
                .isEqualTo("on");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String location(String answer) {
        for (String line : answer.split("\r\n")) {
            if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                return line.substring(9).strip();
            }
            if (line.isEmpty()) {
                break;
            }
        }
        return null;
    }
}
