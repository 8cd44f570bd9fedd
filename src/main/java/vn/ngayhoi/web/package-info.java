/** Layout, security wiring, error pages and the per-role home page. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.ngayhoi.web;

import org.springframework.modulith.ApplicationModule;
