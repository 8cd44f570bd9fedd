/** Building blocks every module may use: clock, text and number formats, errors, access policy. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.ngayhoi.shared;

import org.springframework.modulith.ApplicationModule;
