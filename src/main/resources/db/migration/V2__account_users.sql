create table app_user (
    id                  bigserial primary key,
    username            text        not null,
    password_hash       text        not null,
    full_name           text        not null,
    full_name_folded    text        not null,
    position            text,
    unit_id             bigint references org_unit (id),
    enabled             boolean     not null default true,
    failed_attempts     int         not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz,
    created_at          timestamptz not null default now(),
    version             int         not null default 0
);

create unique index app_user_username_idx on app_user (lower(username));
create index app_user_unit_idx on app_user (unit_id);

create table user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text   not null check (role in ('ADMIN', 'STANDING_OFFICE', 'UNIT_OFFICER', 'DEPARTMENT_OFFICER', 'LEADER', 'VIEWER')),
    primary key (user_id, role)
);

-- Facts about this installation, such as whether the demo scenario was loaded.
create table app_setting (
    key   text primary key,
    value text not null
);
