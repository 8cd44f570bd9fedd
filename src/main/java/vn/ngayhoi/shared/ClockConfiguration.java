package vn.ngayhoi.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ngayhoi.shared.database.DatabaseMode;

/**
 * The one clock of the system, in Asia/Ho_Chi_Minh; tests replace it to move time. On the embedded
 * database with the demo enabled, the clock starts on {@code ngayhoi.demo.date} (the demo shows the
 * 2022 campaign as it stood that day) and runs on from there; on an external database it is real.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(
            DatabaseMode mode,
            @Value("${ngayhoi.demo.enabled:true}") boolean demo,
            @Value("${ngayhoi.demo.date:}") String demoDate) {
        Clock real = Clock.system(Formats.ZONE);
        if (!mode.embedded() || !demo || demoDate.isBlank()) {
            return real;
        }
        Instant start =
                LocalDate.parse(demoDate).atTime(8, 0).atZone(Formats.ZONE).toInstant();
        log.info("Demo mode: the system clock starts on {} 08:00", demoDate);
        return Clock.offset(real, Duration.between(Instant.now(), start));
    }

    @Bean
    SystemDate systemDate(Clock clock) {
        return new SystemDate(clock);
    }
}
