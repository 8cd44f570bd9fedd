/**
 * Each unit's Ngày hội: registration inside the campaign window with its programme, participants and
 * delegates; the calendar and leaders' schedules with an iCalendar feed; the Giấy mời; what actually
 * happened; a public page of upcoming festivals; coverage for the standing office.
 */
@ApplicationModule(displayName = "Ngày hội")
package vn.ngayhoi.festival;

import org.springframework.modulith.ApplicationModule;
