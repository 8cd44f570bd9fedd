-- Completeness of each form as roll-ups (ADR 0028): per form, per subtree key (every unit id on an
-- assigned unit's path, and 0 for everything) and per unit type, how many units owe a report and
-- how many have sent (on time, late) and had it accepted. Each report status change moves these
-- counts in its own transaction, like report_total; unit changes move the subtree's rows.
create table report_count (
    form_id   bigint not null references report_form (id),
    unit_id   bigint not null,
    type_code text   not null,
    expected  bigint not null default 0,
    received  bigint not null default 0,
    on_time   bigint not null default 0,
    late      bigint not null default 0,
    accepted  bigint not null default 0,
    primary key (form_id, unit_id, type_code)
);

-- Counts of the forms that already exist, exactly as ReportTotals counted them before.
insert into report_count (form_id, unit_id, type_code, expected, received, on_time, late, accepted)
select f.id, k, o.type_code, count(*),
       count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED')),
       count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED') and not r.late),
       count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED') and r.late),
       count(*) filter (where r.status = 'ACCEPTED')
from report_form f
     join org_unit root on root.id = f.assign_root_id
     join org_unit o on o.path like root.path || '%' and o.type_code = any(f.assign_types)
          and (o.valid_from is null or o.valid_from <= f.deadline) and (o.valid_to is null or o.valid_to >= f.deadline)
     left join report r on r.unit_id = o.id and r.form_id = f.id
     cross join lateral unnest(array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
group by f.id, k, o.type_code;
