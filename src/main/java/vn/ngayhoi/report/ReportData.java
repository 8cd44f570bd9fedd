package vn.ngayhoi.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a unit entered: values by indicator code in canonical form (integers and money as digits,
 * decimals with a point, yes/no as true/false, dates as yyyy-MM-dd), the narrative, the codes whose
 * value the system prefilled from festival records, and the highlights the unit offers upward.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportData(Map<String, String> values, Narrative narrative, Set<String> prefilled) {

    public static final ReportData EMPTY = new ReportData(Map.of(), Narrative.EMPTY, Set.of());

    public ReportData {
        values = values == null ? Map.of() : Map.copyOf(values);
        narrative = narrative == null ? Narrative.EMPTY : narrative;
        prefilled = prefilled == null ? Set.of() : Set.copyOf(prefilled);
    }

    public String value(String code) {
        return values.get(code);
    }

    /** Kết quả, tồn tại - hạn chế, bài học kinh nghiệm, đề xuất - kiến nghị. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Narrative(String results, String shortcomings, String lessons, String proposals) {
        public static final Narrative EMPTY = new Narrative(null, null, null, null);

        public List<String> parts() {
            return java.util.Arrays.asList(results, shortcomings, lessons, proposals);
        }
    }
}
