package vn.ngayhoi.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Chooses the database: the embedded server unless {@code spring.datasource.url} is set. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** True when no external database is configured. */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

    static class HasDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new NoDatasourceUrl().matches(context, metadata);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDatasourceUrl.class)
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
    @Conditional(HasDatasourceUrl.class)
    static class External {

        @Bean
        DatabaseMode databaseMode() {
            return new DatabaseMode(false);
        }
    }
}
