package vn.ngayhoi.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL, safe under parallel requests of one person. Each request loads the session,
 * and all of those that find an attribute missing (the CSRF token right after sign-in, the flash
 * messages after an action) insert it when they finish: with a plain insert, all but the first broke
 * the primary key of {@code spring_session_attributes} and answered 500. The PostgreSQL customizer
 * makes that insert an upsert on the same key (V4__web_sessions.sql), so the last writer wins.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
