package vn.ngayhoi.shared;

import java.util.Locale;

/**
 * Which demo scenario {@code NGAYHOI_DEMO} asks for: {@code true} or {@code quanson-2022} (the default,
 * huyện Quan Sơn in 2022), {@code thanhhoa-2026} (tỉnh Thanh Hóa on the two-tier structure), or
 * {@code false} (none). Anything else stops the start with a message, rather than silently loading
 * the wrong data.
 */
public record DemoSelection(String scenario) {

    public static final String QUAN_SON_2022 = "quanson-2022";
    public static final String THANH_HOA_2026 = "thanhhoa-2026";

    public static DemoSelection parse(String raw) {
        String v = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "true", QUAN_SON_2022 -> new DemoSelection(QUAN_SON_2022);
            case "false" -> new DemoSelection(null);
            case THANH_HOA_2026 -> new DemoSelection(THANH_HOA_2026);
            default ->
                throw new IllegalArgumentException("NGAYHOI_DEMO must be true, false, " + QUAN_SON_2022 + " or "
                        + THANH_HOA_2026 + "; it is \"" + raw + "\"");
        };
    }

    public boolean enabled() {
        return scenario != null;
    }

    public boolean is(String name) {
        return name.equals(scenario);
    }
}
