package vn.ngayhoi.campaign;

import java.time.LocalDate;
import java.util.List;

/** A campaign, as other modules see it. */
public record Campaign(
        long id,
        long committeeId,
        int year,
        String name,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate reportDeadline,
        Long pilotUnitId,
        LocalDate pilotFrom,
        LocalDate pilotTo,
        String pilotModel,
        List<String> sloganTemplates) {

    /** Years of the People's Public Security (founded 19/08/1945): 77 in 2022. */
    public int candYears() {
        return year - 1945;
    }

    /** Years of the Day itself (first held 19/08/2005): 17 in 2022. */
    public int dayYears() {
        return year - 2005;
    }

    /** The slogans with this year's anniversary numbers in place. */
    public List<String> slogans() {
        return sloganTemplates.stream().map(this::fill).toList();
    }

    /** Replaces {@code {cand}}, {@code {day}} and {@code {year}} in a template. */
    public String fill(String template) {
        return template.replace("{cand}", Integer.toString(candYears()))
                .replace("{day}", Integer.toString(dayYears()))
                .replace("{year}", Integer.toString(year));
    }
}
