-- Plans by status as roll-ups (ADR 0040, the pattern of ADR 0028): per campaign, per subtree key
-- (every unit id on the plan's unit path, and 0 for everything) and per status, how many plans. The
-- plan module moves these counts in the transaction of each plan it creates or moves on, and a moved
-- unit takes its subtree's rows from the ancestors it leaves to the ones it joins.
create table plan_count (
    campaign_id bigint not null references campaign (id),
    unit_id     bigint not null,
    status      text   not null,
    n           bigint not null default 0,
    primary key (campaign_id, unit_id, status)
);

insert into plan_count (campaign_id, unit_id, status, n)
select p.campaign_id, k, p.status, count(*)
from plan p
     join org_unit o on o.id = p.unit_id
     cross join lateral unnest(array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
group by 1, 2, 3;
