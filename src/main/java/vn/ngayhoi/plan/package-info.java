/**
 * Plans (Kế hoạch) as structured data: sections, responsibilities, recipients and signer; the
 * workflow nháp → chờ duyệt → đã duyệt / trả lại → đã ban hành; numbering from the issuer's register,
 * the frozen issued rendering, distribution to recipients' inboxes and the cascade to lower units.
 */
@ApplicationModule(displayName = "Kế hoạch")
package vn.ngayhoi.plan;

import org.springframework.modulith.ApplicationModule;
