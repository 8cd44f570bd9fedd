package vn.ngayhoi.support;

import java.time.LocalDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.ngayhoi.shared.Formats;

/** Every integration test shares one context whose clock starts on 10/08/2022 08:00 and moves on demand. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    public static final LocalDateTime START = LocalDateTime.of(2022, 8, 10, 8, 0);

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START.atZone(Formats.ZONE).toInstant());
    }
}
