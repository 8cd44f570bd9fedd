package vn.ngayhoi.plan.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.Structure;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.shared.ValidationException;

/**
 * Issue 18: since 01/07/2025 there is no district level, so a plan issued on a structure valid from
 * then on must not name one ("UBND huyện", "Công an các huyện", a recipient of the old list). Text
 * carried over from an earlier year (a clone of a 2024 plan) is the usual source; the officer is told
 * where it is before the plan is numbered.
 */
@Component
public class DistrictLevelCheck {

    /** The first day of the two-tier structure. */
    static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);

    private static final Pattern DISTRICT =
            Pattern.compile("(?<!\\p{L})huyện(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final OrgUnitManagement units;
    private final JsonMapper json;

    DistrictLevelCheck(OrgUnitManagement units, JsonMapper json) {
        this.units = units;
        this.json = json;
    }

    /** Refuses (400) the content of a plan of {@code unitId} that names the district level on the two-tier structure. */
    public void check(long unitId, PlanContent content) {
        OrgUnit unit = units.systemFindById(unitId).orElseThrow();
        boolean twoTier = units.structures().stream()
                .filter(s -> s.code().equals(unit.structureCode()))
                .map(Structure::validFrom)
                .anyMatch(from -> from != null && !from.isBefore(TWO_TIER));
        if (!twoTier) {
            return;
        }
        String found = first(json.valueToTree(content));
        if (found != null) {
            throw ValidationException.of("form", "plan.issue.districtLevel", found);
        }
    }

    /** The first text of the plan (heading, paragraph, recipient …) naming the district level, shortened. */
    private static String first(JsonNode node) {
        if (node.isString()) {
            String text = Normalizer.normalize(node.asString(), Normalizer.Form.NFC);
            Matcher m = DISTRICT.matcher(text);
            if (!m.find()) {
                return null;
            }
            int from = Math.max(0, m.start() - 50);
            int to = Math.min(text.length(), m.end() + 50);
            return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
        }
        for (JsonNode child : node) {
            String found = first(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
