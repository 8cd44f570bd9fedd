package vn.ngayhoi.festival;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * What a festival holds beyond its time and place: the phần lễ programme (prefilled from the plan's
 * ceremony steps), the phần hội activities, expected participants by group, invited delegate groups,
 * the model launched, and after the event what actually happened.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FestivalDetails(
        List<Step> programme,
        List<String> activities,
        Map<String, Integer> expected,
        List<String> delegateGroups,
        String modelLaunch,
        Map<String, Integer> attendance,
        List<Pledge> pledges,
        String gifts) {

    public FestivalDetails {
        programme = programme == null ? List.of() : List.copyOf(programme);
        activities = activities == null ? List.of() : List.copyOf(activities);
        expected = expected == null ? Map.of() : Map.copyOf(expected);
        delegateGroups = delegateGroups == null ? List.of() : List.copyOf(delegateGroups);
        attendance = attendance == null ? Map.of() : Map.copyOf(attendance);
        pledges = pledges == null ? List.of() : List.copyOf(pledges);
    }

    /** A step of the phần lễ; {@code held} is filled in after the event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String title, boolean optional, Boolean held) {}

    /** A giao ước thi đua signed at the ceremony, between these units. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pledge(List<String> parties) {}

    public int totalAttendance() {
        return attendance.values().stream().mapToInt(Integer::intValue).sum();
    }
}
