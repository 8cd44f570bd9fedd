-- Outreach: the propaganda log, the registry of models, media coverage assignments.

-- One propaganda activity of a unit in a campaign. The log is the single source of the report's
-- propaganda counts, so a count is never negative and the date lies in the campaign's year (checked
-- by the service against the campaign; the constraints keep what no caller may break).
create table outreach_propaganda (
    id            bigserial primary key,
    campaign_id   bigint      not null references campaign (id),
    unit_id       bigint      not null references org_unit (id),
    channel       text        not null check (channel in
                      ('BANNER', 'SLOGAN', 'LEAFLET', 'LOUDSPEAKER', 'SOCIAL', 'PRESS', 'MEETING')),
    activity_date date        not null,
    count         int         not null check (count >= 0),
    reach         int         check (reach is null or reach >= 0),
    link          text        check (link is null or link ~ '^https?://'),
    note          text        check (note is null or length(note) <= 1000),
    photo_name    text,
    photo_type    text,
    photo         bytea,
    photo_sha256  text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);

create index outreach_propaganda_campaign_idx on outreach_propaganda (campaign_id, unit_id);

-- A model (mô hình) or exemplar: a replication is a model of its own pointing at its origin.
create table outreach_model (
    id               bigserial primary key,
    name             text        not null check (length(name) between 1 and 300),
    field            text        not null check (length(field) between 1 and 100),
    unit_id          bigint      not null references org_unit (id),
    launched_on      date,
    festival_id      bigint      references festival (id),
    description      text        check (description is null or length(description) <= 4000),
    origin_model_id  bigint      references outreach_model (id),
    retired_on       date,
    retired_reason   text,
    registered_by    text        not null,
    created_at       timestamptz not null,
    version          int         not null default 0,
    check (origin_model_id is null or origin_model_id <> id),
    check ((retired_on is null) = (retired_reason is null))
);

create index outreach_model_unit_idx on outreach_model (unit_id);
create index outreach_model_origin_idx on outreach_model (origin_model_id);

-- The yearly review: hiệu quả / chưa hiệu quả with the reviewer's reason; one per model and year.
create table outreach_model_review (
    id          bigserial primary key,
    model_id    bigint      not null references outreach_model (id),
    year        int         not null,
    effective   boolean     not null,
    reason      text        not null check (length(reason) between 1 and 2000),
    reviewed_by text        not null,
    reviewed_at timestamptz not null,
    unique (model_id, year)
);

-- The standing office asks a unit to cover a festival (film, photograph, write) by a date.
create table outreach_coverage_assignment (
    id           bigserial primary key,
    campaign_id  bigint      not null references campaign (id),
    festival_id  bigint      not null references festival (id),
    unit_id      bigint      not null references org_unit (id),
    tasks        text        not null,
    due_date     date        not null,
    assigned_by  text        not null,
    assigned_at  timestamptz not null
);

create index outreach_coverage_campaign_idx on outreach_coverage_assignment (campaign_id);

-- What the assignee produced for an assignment.
create table outreach_coverage_item (
    id             bigserial primary key,
    assignment_id  bigint      not null references outreach_coverage_assignment (id),
    kind           text        not null check (kind in ('VIDEO', 'PHOTO', 'ARTICLE')),
    title          text        not null check (length(title) between 1 and 300),
    outlet         text        check (outlet is null or length(outlet) <= 200),
    published_on   date,
    link           text        not null check (link ~ '^https?://'),
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);

-- A unit replicates a given model once: two clicks at once store one replication.
create unique index outreach_model_replication_once on outreach_model (origin_model_id, unit_id)
    where origin_model_id is not null;
