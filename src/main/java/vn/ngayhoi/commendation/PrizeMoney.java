package vn.ngayhoi.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.ngayhoi.commendation.internal.CalendarRepository;
import vn.ngayhoi.shared.ValidationException;

/**
 * Prize money (NĐ 152/2025 Điều 49): coefficient × lương cơ sở in force on the decision date, rounded
 * up to the next step (10,000 đ unless the round says otherwise). Whole đồng as long; the product is
 * taken in BigDecimal so 0.45 × 1,490,000 is exactly 670,500 before rounding.
 */
@Service
public class PrizeMoney {

    private final CalendarRepository calendar;

    PrizeMoney(CalendarRepository calendar) {
        this.calendar = calendar;
    }

    /** The lương cơ sở in force on {@code day}. */
    public long baseSalaryOn(LocalDate day) {
        return calendar.baseSalaryOn(day)
                .orElseThrow(() -> ValidationException.of("date", "commendation.baseSalary.none", day))
                .amount();
    }

    public java.util.List<CalendarRepository.BaseSalary> baseSalaries() {
        return calendar.baseSalaries();
    }

    public static long amount(BigDecimal coefficient, long baseSalary, long roundingStep) {
        BigDecimal exact = coefficient.multiply(BigDecimal.valueOf(baseSalary));
        BigDecimal step = BigDecimal.valueOf(roundingStep);
        return exact.divide(step, 0, RoundingMode.CEILING).multiply(step).longValueExact();
    }
}
