package vn.ngayhoi.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Today as the system sees it, and whether that is shifted from the real date (demo mode). */
public class SystemDate {

    private final Clock clock;

    SystemDate(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True when the clock is more than a day away from the real one: pages then say so. */
    public boolean shifted() {
        return Duration.between(Instant.now(), clock.instant()).abs().toHours() > 24;
    }
}
