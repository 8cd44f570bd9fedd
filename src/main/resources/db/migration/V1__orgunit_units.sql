-- Unit types are data: new kinds of unit need a row, not a release.
create table unit_type (
    code          text primary key,
    name          text    not null,
    territorial   boolean not null,
    -- 1 province tier, 2 district tier, 3 commune tier, 4 below a commune; a hint for pages,
    -- the real position of a unit is its path.
    tier          int     not null,
    name_prefix   text,
    code_prefix   text,
    sort_order    int     not null
);

insert into unit_type (code, name, territorial, tier, name_prefix, code_prefix, sort_order) values
    ('PROVINCE',          'Tỉnh',                                true,  1, 'Tỉnh ',      null,  10),
    ('CENTRAL_CITY',      'Thành phố trực thuộc Trung ương',     true,  1, 'Thành phố ', null,  20),
    ('DISTRICT',          'Huyện',                               true,  2, 'Huyện ',     null,  30),
    ('URBAN_DISTRICT',    'Quận',                                true,  2, 'Quận ',      null,  40),
    ('TOWN',              'Thị xã',                              true,  2, 'Thị xã ',    null,  50),
    ('PROVINCIAL_CITY',   'Thành phố thuộc tỉnh',                true,  2, 'Thành phố ', null,  60),
    ('COMMUNE',           'Xã',                                  true,  3, 'Xã ',        null,  70),
    ('WARD',              'Phường',                              true,  3, 'Phường ',    null,  80),
    ('TOWNSHIP',          'Thị trấn',                            true,  3, 'Thị trấn ',  null,  90),
    ('SPECIAL_ZONE',      'Đặc khu',                             true,  3, 'Đặc khu ',   null, 100),
    ('RESIDENTIAL_AREA',  'Khu dân cư',                          false, 4, null,         'KDC', 110),
    ('AGENCY',            'Cơ quan',                             false, 4, null,         'CQ',  120),
    ('ENTERPRISE',        'Doanh nghiệp',                        false, 4, null,         'DN',  130),
    ('SCHOOL',            'Cơ sở giáo dục',                      false, 4, null,         'GD',  140),
    ('COMMITTEE',         'Ban chỉ đạo',                         false, 4, null,         'BCD', 150),
    ('DEPARTMENT',        'Phòng, ban, ngành',                   false, 4, null,         'PB',  160),
    ('MASS_ORGANIZATION', 'Tổ chức chính trị - xã hội',          false, 4, null,         'TC',  170);

-- A structure is one dated official list (the 2024 three-level one, the 2025 two-level one).
create table org_structure (
    code        text primary key,
    name        text not null,
    valid_from  date,
    valid_to    date,
    source_file text,
    imported_at timestamptz
);

create table org_unit (
    id              bigserial primary key,
    structure_code  text    not null references org_structure (code),
    code            text    not null,
    name            text    not null,
    name_folded     text    not null,
    type_code       text    not null references unit_type (code),
    level           int     not null check (level >= 1),
    parent_id       bigint references org_unit (id),
    -- ids of the ancestors and the unit itself: /12/345/6789/ ; a subtree is path LIKE prefix || '%'
    path            text    not null,
    valid_from      date,
    valid_to        date,
    created_at      timestamptz not null default now(),
    version         int     not null default 0,
    constraint org_unit_code_per_structure unique (structure_code, code),
    constraint org_unit_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);

create index org_unit_path_idx on org_unit (path text_pattern_ops);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_code_idx on org_unit (code);

-- Codes of units the system creates: letters first, so they can never clash with GSO's digits.
create sequence org_unit_local_code_seq;
