-- The upward Báo cáo is signed off like a plan before it is issued (ADR 0016):
-- nháp → chờ duyệt → đã duyệt (or trả lại with a reason) → đã ban hành.
alter table upward_report drop constraint upward_report_status_check;
alter table upward_report add constraint upward_report_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ISSUED'));
alter table upward_report add column return_reason text;
