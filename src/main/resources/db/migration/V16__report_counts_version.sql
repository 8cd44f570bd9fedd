-- Moves whenever anything that changes a form's completeness counts commits: a report's status, or
-- the units (created, moved, dissolved, imported). Pages compare it to reuse counts they computed.
alter table report_form add column data_version bigint not null default 0;
