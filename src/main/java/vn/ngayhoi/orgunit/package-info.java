/**
 * Units and their hierarchy: the official lists of administrative units as dated structures, and the
 * committees, departments, agencies, schools and residential areas under them. Hierarchy is a
 * materialised path plus a level; a unit has validity dates so history survives reorganisation.
 */
@ApplicationModule(displayName = "Đơn vị")
package vn.ngayhoi.orgunit;

import org.springframework.modulith.ApplicationModule;
