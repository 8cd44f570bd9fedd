package vn.ngayhoi.report.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.report.ReportEvents.ReportStatusChanged;
import vn.ngayhoi.task.TaskFulfilment;
import vn.ngayhoi.task.TaskFulfilments;

/** An accepted report completes the unit's reporting task, in the same transaction. */
@Component
class ReportTaskFulfilment {

    private final TaskFulfilments fulfilments;

    ReportTaskFulfilment(TaskFulfilments fulfilments) {
        this.fulfilments = fulfilments;
    }

    @EventListener
    void on(ReportStatusChanged changed) {
        if ("ACCEPTED".equals(changed.change())) {
            fulfilments.systemFulfil(changed.unitId(), changed.campaignId(), TaskFulfilment.REPORT_ACCEPTED);
        }
    }
}
