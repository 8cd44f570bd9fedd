package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/**
 * Until Spring Boot declares the application ready (after the unit lists, the demo and the first
 * administrator are in place), every page and the readiness probe answer 503 in Vietnamese;
 * liveness stays up; afterwards the administrator signs in.
 */
@IntegrationTest
class StartupReadinessIntegrationTests {

    static final String ADMIN_PASSWORD = ApiIntegrationTests.ADMIN_PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void pagesAndReadinessAnswer503UntilTheStartUpWorkIsDone() {
        Api api = new Api(port);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(503);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        Api.Reply login = api.get("/login");
        assertThat(login.status()).isEqualTo(503);
        assertThat(login.header("Retry-After")).isEqualTo("10");
        assertThat(login.body()).contains("đang khởi động").doesNotContain("_csrf");
        Api.Reply apiCall = api.get("/api/v1/me", "admin", ADMIN_PASSWORD);
        assertThat(apiCall.status()).isEqualTo(503);
        assertThat(apiCall.json().get("message").asString()).contains("đang khởi động");

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", "admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(api.get("/login").status()).isEqualTo(200);
    }
}
