-- Each unit's Ngày hội of a campaign: one per unit and campaign.
create table festival (
    id            bigserial primary key,
    campaign_id   bigint      not null references campaign (id),
    unit_id       bigint      not null references org_unit (id),
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    venue         text        not null,
    pilot         boolean     not null default false,
    status        text        not null check (status in ('PLANNED', 'REGISTERED', 'HELD', 'POSTPONED', 'CANCELLED')),
    status_reason text,
    -- the data below is JSON: programme steps, activities, participants by group, delegates, results
    details       jsonb       not null default '{}',
    internal_note text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       int         not null default 0,
    constraint festival_one_per_unit unique (campaign_id, unit_id),
    constraint festival_time check (ends_at > starts_at)
);

create index festival_campaign_idx on festival (campaign_id);
create index festival_starts_idx on festival (starts_at);

-- Which leaders attend which festival (assigned by the standing office).
create table festival_leader (
    festival_id bigint not null references festival (id),
    user_id     bigint not null references app_user (id),
    assigned_at timestamptz not null,
    primary key (festival_id, user_id)
);

create table festival_attachment (
    id           bigserial primary key,
    festival_id  bigint not null references festival (id),
    kind         text   not null check (kind in ('PHOTO', 'MINUTES')),
    file_name    text   not null,
    content_type text   not null,
    size_bytes   bigint not null,
    sha256       text   not null,
    content      bytea  not null,
    created_at   timestamptz not null,
    created_by   text   not null
);
