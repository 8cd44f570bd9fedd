/**
 * The register of outgoing documents of each issuing body, and its numbering: one sequence per body
 * and calendar year, starting at 01, without duplicates or gaps.
 */
@ApplicationModule(displayName = "Sổ văn bản đi")
package vn.ngayhoi.register;

import org.springframework.modulith.ApplicationModule;
