-- Completeness counts (the dashboard's "reports in, on time, late, accepted" by unit type) join every
-- unit of the subtree to its report; for the whole country that is 60,000 reports. With the status
-- and the lateness in the index the join reads the index alone, not the reports' JSON pages.
create index report_form_unit_status_idx on report (form_id, unit_id) include (id, status, late);
