package vn.ngayhoi.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an amending plan changed against the plan it replaces, as the plan page shows it. */
public final class PlanChanges {

    private PlanChanges() {}

    /** What an amendment changed in one part of the plan: the lines taken out and the lines put in. */
    public record SectionChange(String heading, List<String> removed, List<String> added) {}

    /**
     * The parts that changed from {@code old} to {@code now}: sections by their heading, duties by
     * their number, then the Nơi nhận; within a part, the lines taken out and the lines put in.
     */
    static List<SectionChange> between(PlanContent old, PlanContent now) {
        Map<String, String> before = parts(old);
        Map<String, String> after = parts(now);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<SectionChange> changes = new ArrayList<>();
        for (String key : keys) {
            List<String> was = lines(before.get(key));
            List<String> is = lines(after.get(key));
            List<String> removed = was.stream().filter(x -> !is.contains(x)).toList();
            List<String> added = is.stream().filter(x -> !was.contains(x)).toList();
            if (!removed.isEmpty() || !added.isEmpty()) {
                changes.add(new SectionChange(key, removed, added));
            }
        }
        return changes;
    }

    private static Map<String, String> parts(PlanContent c) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("Trích yếu", c.subject());
        parts.put("Căn cứ, mở đầu", c.preamble());
        for (PlanContent.Section s : c.sections()) {
            parts.put(s.heading() == null ? "Phần kết" : s.heading(), s.body());
        }
        for (PlanContent.Responsibility r : c.responsibilities()) {
            parts.put("III." + r.number() + ". " + r.heading(), r.body());
        }
        parts.put(
                "Nơi nhận",
                String.join(
                        "\n",
                        c.recipients().stream().map(PlanContent.Recipient::text).toList()));
        return parts;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .toList();
    }
}
