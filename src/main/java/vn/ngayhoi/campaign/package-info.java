/**
 * The yearly campaign of an issuing committee: festival window, report deadline, pilot site, the
 * anniversary numbers computed from the year and the slogans that use them.
 */
@ApplicationModule(displayName = "Chiến dịch")
package vn.ngayhoi.campaign;

import org.springframework.modulith.ApplicationModule;
