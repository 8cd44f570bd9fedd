package vn.ngayhoi.festival;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The one place pages, the API and counts read a festival's status from, so "Chờ ghi kết quả" is
 * the same everywhere; templates call it as {@code @festivalStates.of(f)}.
 */
@Component("festivalStates")
public class FestivalStates {

    private final Clock clock;

    FestivalStates(Clock clock) {
        this.clock = clock;
    }

    public FestivalStatus of(Festival festival) {
        return festival.stateAt(clock.instant());
    }
}
