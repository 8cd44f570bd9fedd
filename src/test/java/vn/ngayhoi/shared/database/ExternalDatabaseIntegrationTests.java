package vn.ngayhoi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.NgayhoiApplication;
import vn.ngayhoi.shared.web.LoginHints;

/** With spring.datasource.url set, the application uses that server, starts none, loads no demo. */
class ExternalDatabaseIntegrationTests {

    @Test
    void anExternalServerIsUsedAsItIsAndGetsNoDemo() throws Exception {
        // Any PostgreSQL will do; the one the test JVM already runs stands in for a production server.
        EmbeddedPostgres server = EmbeddedPostgresServer.start(Path.of("target/test-data/postgres"), true);
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists external_check");
            s.execute("create database external_check");
        }
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/external_check";

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NgayhoiApplication.class)
                .properties(
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=postgres",
                        "server.port=0",
                        "ngayhoi.data-dir=target/test-data/must-not-exist",
                        "NGAYHOI_BOOTSTRAP_ADMIN_USERNAME=chief",
                        "NGAYHOI_BOOTSTRAP_ADMIN_PASSWORD=Chief-Password-1",
                        "logging.level.root=WARN")
                .run()) {
            assertThat(app.getBean(DatabaseMode.class).embedded()).isFalse();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_database()").query(String.class).single())
                    .isEqualTo("external_check");
            assertThat(jdbc.sql("select count(*) from app_setting")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select username from app_user")
                            .query(String.class)
                            .list())
                    .containsExactly("chief");
            assertThat(jdbc.sql("select count(*) from org_unit where structure_code = '2024'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(10_794);
            assertThat(app.getBeansOfType(LoginHints.class).values())
                    .allSatisfy(h -> assertThat(h.accounts()).isEmpty());
            assertThat(Path.of("target/test-data/must-not-exist")).doesNotExist();
        }
    }
}
