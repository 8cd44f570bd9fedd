/**
 * Tasks: every responsibility of an issued plan becomes a task for its unit (one per unit of a
 * group), plus tasks the standing office adds by hand; progress with evidence, completion, return
 * with a reason; overdue derived from the due date; reminders and the công văn đôn đốc.
 */
@ApplicationModule(displayName = "Nhiệm vụ")
package vn.ngayhoi.task;

import org.springframework.modulith.ApplicationModule;
