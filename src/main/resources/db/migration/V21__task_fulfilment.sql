-- What completes a task without anyone ticking it: the unit's own plan issued, its festival
-- registered, its report accepted. A task completes once every condition it names holds.
alter table task
    add column fulfilled_by text[] not null default '{}'
        check (fulfilled_by <@ array['OWN_PLAN_ISSUED', 'FESTIVAL_REGISTERED', 'REPORT_ACCEPTED']::text[]),
    add column fulfilled    text[] not null default '{}';

create index task_fulfilment_idx on task (unit_id, campaign_id) where fulfilled_by <> '{}' and status <> 'DONE';
