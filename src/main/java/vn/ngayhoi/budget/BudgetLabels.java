package vn.ngayhoi.budget;

import java.util.Map;

/**
 * The words documents and spreadsheets print for activity, source and verdict codes. Documents are
 * always Vietnamese whatever the reader's locale, so they do not go through the message bundle; the
 * pages use the same words from messages_vi.properties.
 */
final class BudgetLabels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("budget.activity.PLAN_ITEM", "Hoạt động theo Kế hoạch"),
            Map.entry("budget.activity.FESTIVAL", "Tổ chức Ngày hội"),
            Map.entry("budget.activity.GIFTS", "Quà tặng"),
            Map.entry("budget.activity.PRIZE", "Tiền thưởng"),
            Map.entry("budget.activity.OTHER", "Hoạt động khác"),
            Map.entry("budget.source.LOCAL_BUDGET", "Ngân sách địa phương"),
            Map.entry("budget.source.SOCIALIZED", "Xã hội hóa"),
            Map.entry("budget.source.OTHER", "Nguồn khác"),
            Map.entry("budget.verdict.AGREE", "Thống nhất"),
            Map.entry("budget.verdict.REDUCE", "Giảm"),
            Map.entry("budget.verdict.REFUSE", "Không thống nhất"));

    private BudgetLabels() {}

    static String of(String key) {
        return WORDS.getOrDefault(key, key);
    }
}
