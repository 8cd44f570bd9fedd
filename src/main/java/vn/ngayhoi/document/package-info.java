/**
 * Rendering of official documents (Kế hoạch, Công văn, Giấy mời…) to DOCX and PDF in the layout of
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, and of the ceremony banner (ma-két). Input is a
 * {@link vn.ngayhoi.document.OfficialDocument}: data, never a file to fill in.
 */
@ApplicationModule(displayName = "Văn bản")
package vn.ngayhoi.document;

import org.springframework.modulith.ApplicationModule;
