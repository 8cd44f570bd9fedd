package vn.ngayhoi.festival.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;

/**
 * The results form as shown: what is stored when it opens, what was typed when it comes back with a
 * problem; either way nothing the officer entered is lost.
 *
 * @param attendance by group, as typed
 * @param held the programme steps ticked, by index
 * @param pledges one pledge a line, its parties joined by " - "
 */
record ResultsForm(Map<String, String> attendance, Set<Integer> held, String pledges, String gifts) {

    static ResultsForm of(Festival f) {
        Map<String, String> attendance = new LinkedHashMap<>();
        f.details().attendance().forEach((group, n) -> attendance.put(group, Integer.toString(n)));
        Set<Integer> held = new TreeSet<>();
        List<FestivalDetails.Step> steps = f.details().programme();
        for (int i = 0; i < steps.size(); i++) {
            // A step never marked either way is offered as held: most are.
            if (steps.get(i).held() == null || steps.get(i).held()) {
                held.add(i);
            }
        }
        String pledges = f.details().pledges().stream()
                .map(p -> String.join(" - ", p.parties()))
                .collect(Collectors.joining("\n"));
        return new ResultsForm(
                attendance,
                held,
                pledges,
                f.details().gifts() == null ? "" : f.details().gifts());
    }

    static ResultsForm typed(
            Map<String, String> all, List<String> groups, List<Integer> held, String pledges, String gifts) {
        Map<String, String> attendance = new LinkedHashMap<>();
        for (String g : groups) {
            String v = all.get("attendance[" + g + "]");
            if (v != null) {
                attendance.put(g, v);
            }
        }
        return new ResultsForm(attendance, held == null ? Set.of() : new TreeSet<>(held), pledges, gifts);
    }
}
