package vn.ngayhoi.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the database: the embedded server unless {@code spring.datasource.url} is set. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
    static class Embedded {

        @Bean
        DatabaseMode databaseMode() {
            return new DatabaseMode(true);
        }

        @Bean
        DataSource dataSource(
                @Value("${ngayhoi.data-dir:data}") Path dataDir,
                @Value("${ngayhoi.database.embedded.clean-on-start:false}") boolean cleanOnStart,
                @Value("${ngayhoi.database.pool-size:10}") int poolSize,
                @Value("${ngayhoi.database.embedded.port:0}") int port) {
            EmbeddedPostgres pg = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), cleanOnStart, port);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?reWriteBatchedInserts=true");
            config.setUsername("postgres");
            config.setMaximumPoolSize(poolSize);
            config.setPoolName("ngayhoi-embedded");
            return new HikariDataSource(config);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "spring.datasource.url")
    static class External {

        @Bean
        DatabaseMode databaseMode() {
            return new DatabaseMode(false);
        }
    }
}
