/**
 * Budget and gifts (kinh phí, quà tặng): estimates per campaign and requesting unit, line by line
 * against the plan's activities, with their Tờ trình; the finance department's appraisal per line
 * and its Báo cáo thẩm định; the chairman's Quyết định phê duyệt kinh phí; payments with receipts
 * against each spending unit's approved lines, never above them; the settlement (quyết toán); gift
 * lists per festival. The report's "kinh phí đã chi" is prefilled from the settled (or spent) total.
 */
@ApplicationModule(displayName = "Kinh phí và quà tặng")
package vn.ngayhoi.budget;

import org.springframework.modulith.ApplicationModule;
