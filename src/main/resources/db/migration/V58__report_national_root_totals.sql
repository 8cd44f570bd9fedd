-- The national root (V57) is now an ancestor of every unit: its totals are the whole's (key 0).
insert into report_total (form_id, unit_id, indicator_code, accepted, received)
select t.form_id, r.id, t.indicator_code, t.accepted, t.received
from report_total t cross join (select id from org_unit where structure_code = 'VN' and code = 'VN') r
where t.unit_id = 0
on conflict do nothing;
