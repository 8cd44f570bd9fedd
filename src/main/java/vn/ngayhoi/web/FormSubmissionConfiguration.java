package vn.ngayhoi.web;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/** Wires the form keys: added to every rendered form, checked before every page controller's action. */
@Configuration(proxyBeanMethods = false)
class FormSubmissionConfiguration implements WebMvcConfigurer {

    private final JdbcClient jdbc;
    private final Clock clock;

    FormSubmissionConfiguration(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Spring Security registers the one {@code requestDataValueProcessor} that Thymeleaf asks for the
     * hidden fields (its CSRF token); the form key is added by wrapping it rather than by a second bean,
     * which Thymeleaf would not see.
     */
    @Bean
    static BeanPostProcessor formKeysAroundCsrf() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("requestDataValueProcessor".equals(beanName)
                        && bean instanceof RequestDataValueProcessor csrf
                        && !(bean instanceof FormKeys)) {
                    return new FormKeys(csrf);
                }
                return bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The API has no rendered forms; its clients retry with their own idempotent designs.
        registry.addInterceptor(new FormSubmissions(jdbc, clock)).excludePathPatterns("/api/**");
    }
}
