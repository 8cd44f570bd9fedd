-- Festivals by status as roll-ups (ADR 0028): per campaign, per subtree key (every unit id on the
-- festival's unit path, and 0 for everything) and per stored status. "Chờ ghi kết quả" is derived
-- from the clock (registered and ended), so registered festivals keep their end instant in the key
-- and a reader splits them at now; every other status has ends_at = -infinity (one row per status).
create table festival_count (
    campaign_id bigint      not null references campaign (id),
    unit_id     bigint      not null,
    status      text        not null,
    ends_at     timestamptz not null,
    n           bigint      not null default 0,
    primary key (campaign_id, unit_id, status, ends_at)
);

insert into festival_count (campaign_id, unit_id, status, ends_at, n)
select f.campaign_id, k, f.status,
       case when f.status = 'REGISTERED' then f.ends_at else '-infinity'::timestamptz end, count(*)
from festival f
     join org_unit o on o.id = f.unit_id
     cross join lateral unnest(array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
group by 1, 2, 3, 4;
