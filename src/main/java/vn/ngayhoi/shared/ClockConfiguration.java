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
            DemoSelection demo,
            @Value("${ngayhoi.demo.date:}") String demoDate2022,
            @Value("${ngayhoi.demo.date-thanhhoa-2026:2026-08-21}") String demoDate2026) {
        Clock real = Clock.system(Formats.ZONE);
        String demoDate = demo.is(DemoSelection.THANH_HOA_2026) ? demoDate2026 : demoDate2022;
        if (!mode.embedded() || !demo.enabled() || demoDate.isBlank()) {
            return real;
        }
        Instant start =
                LocalDate.parse(demoDate).atTime(8, 0).atZone(Formats.ZONE).toInstant();
        log.info("Demo mode: the system clock starts on {} 08:00", demoDate);
        return Clock.offset(real, Duration.between(Instant.now(), start));
    }

    /** {@code NGAYHOI_DEMO}: which demo scenario, if any (a flag before there were two). */
    @Bean
    DemoSelection demoSelection(@Value("${ngayhoi.demo.enabled:true}") String raw) {
        return DemoSelection.parse(raw);
    }

    @Bean
    SystemDate systemDate(Clock clock, DemoSelection demo) {
        return new SystemDate(clock, demo);
    }
}
