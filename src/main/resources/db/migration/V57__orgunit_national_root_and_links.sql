-- A national level above the provinces of every dated structure (ADR 0034): one root unit, so a
-- national committee, form, campaign and standing office are ordinary units and paths. It sits in a
-- structure of its own, valid always; provinces of the 2024 and the 2025 list both hang under it.
insert into unit_type (code, name, territorial, tier, name_prefix, code_prefix, sort_order) values
    ('NATION', 'Trung ương', true, 0, null, null, 5);

alter table org_unit drop constraint org_unit_level_check;
alter table org_unit add constraint org_unit_level_check check (level >= 0);

insert into org_structure (code, name) values ('VN', 'Trung ương');

insert into org_unit (structure_code, code, name, name_folded, type_code, level, parent_id, path)
values ('VN', 'VN', 'Bộ Công an', 'bo cong an', 'NATION', 0, null, '/');
update org_unit set path = '/' || id || '/' where structure_code = 'VN' and code = 'VN';

-- Units already imported (a data folder from before) move under the root in one statement each.
update org_unit u set path = r.path || substr(u.path, 2)
from (select id, path from org_unit where structure_code = 'VN' and code = 'VN') r
where u.id <> r.id;
update org_unit u set parent_id = r.id
from (select id from org_unit where structure_code = 'VN' and code = 'VN') r
where u.parent_id is null and u.id <> r.id;

-- The standing committee of the whole country: an ordinary committee under the root.
insert into org_unit (structure_code, code, name, name_folded, type_code, level, parent_id, path)
select 'VN', 'BCD' || lpad(nextval('org_unit_local_code_seq')::text, 6, '0'),
       'Ban Chỉ đạo Trung ương', 'ban chi dao trung uong', 'COMMITTEE', 1, r.id, r.path
from org_unit r where r.structure_code = 'VN' and r.code = 'VN';
update org_unit set path = path || id || '/'
where structure_code = 'VN' and type_code = 'COMMITTEE' and name = 'Ban Chỉ đạo Trung ương';

-- Which units a unit was formed from across a reorganisation (the 2025 merge and later ones):
-- predecessor → successor, the whole predecessor ('full') or part of it ('partial'). A partial
-- predecessor's figures count towards the successor only by the share an administrator sets
-- (a fraction, null = not counted); a full one counts whole.
create table org_unit_link (
    predecessor_id bigint      not null references org_unit (id),
    successor_id   bigint      not null references org_unit (id),
    kind           text        not null check (kind in ('full', 'partial')),
    share          numeric(5, 4) check (share is null or (share > 0 and share <= 1)),
    source_file    text        not null,
    created_at     timestamptz not null default now(),
    primary key (predecessor_id, successor_id)
);

create index org_unit_link_successor_idx on org_unit_link (successor_id);
