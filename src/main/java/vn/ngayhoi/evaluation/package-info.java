/**
 * Evaluation of the movement (TT 124/2021/TT-BCA, TT 48/2025/TT-BCA, QĐ 510/QĐ-BCA-V05): rule sets as
 * dated data per kind of unit, registration in quarter I with its Bản đăng ký, a self-assessment
 * that shows what the system already knows as suggested evidence, recognition by the configured
 * authority with derived criteria computed, classification by configured thresholds, and the
 * Quyết định công nhận with a Giấy công nhận per unit issued through the one issuing service.
 */
@ApplicationModule(displayName = "Đánh giá phong trào")
package vn.ngayhoi.evaluation;

import org.springframework.modulith.ApplicationModule;
