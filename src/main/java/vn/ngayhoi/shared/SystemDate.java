package vn.ngayhoi.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Today as the system sees it, and whether that is shifted from the real date (demo mode). */
public class SystemDate {

    private final Clock clock;
    private final DemoSelection demo;

    SystemDate(Clock clock, DemoSelection demo) {
        this.clock = clock;
        this.demo = demo;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True when the clock is more than a day away from the real one: pages then say so. */
    public boolean shifted() {
        return Duration.between(Instant.now(), clock.instant()).abs().toHours() > 24;
    }

    /**
     * The message of the demo banner: the Thanh Hóa 2026 scenario has no district, so it must not be
     * introduced as huyện Quan Sơn's 2022 campaign.
     */
    public String bannerKey() {
        return demo != null && demo.is(DemoSelection.THANH_HOA_2026)
                ? "layout.demoDate." + DemoSelection.THANH_HOA_2026
                : "layout.demoDate";
    }
}
