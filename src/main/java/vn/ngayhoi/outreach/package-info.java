/**
 * Outreach and models: the propaganda log of each unit (by channel, with date, count, reach and an
 * optional photo), the standing office's media coverage assignments for festivals and what the
 * assignee produced, and the registry of models and exemplars from registration and launch through
 * yearly reviews and replication to retirement. The log and the registry are the single source of
 * the report's propaganda and model figures.
 */
@ApplicationModule(displayName = "Tuyên truyền và mô hình")
package vn.ngayhoi.outreach;

import org.springframework.modulith.ApplicationModule;
