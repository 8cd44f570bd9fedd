/**
 * Results reports: the campaign's report form and who must report by when; each unit's report with
 * its lifecycle (nháp, đã nộp, đã tiếp nhận, trả lại); completeness; live totals for any subtree with
 * drill-down and last year beside them; the committee's upward Báo cáo; the dashboard.
 */
@ApplicationModule(displayName = "Báo cáo")
package vn.ngayhoi.report;

import org.springframework.modulith.ApplicationModule;
