-- One campaign per year per issuing committee.
create table campaign (
    id               bigserial primary key,
    committee_id     bigint  not null references org_unit (id),
    year             int     not null check (year between 2005 and 2100),
    name             text    not null,
    window_start     date    not null,
    window_end       date    not null,
    report_deadline  date    not null,
    pilot_unit_id    bigint references org_unit (id),
    pilot_from       date,
    pilot_to         date,
    pilot_model      text,
    cloned_from_id   bigint references campaign (id),
    created_at       timestamptz not null default now(),
    version          int     not null default 0,
    constraint campaign_one_per_year unique (committee_id, year),
    constraint campaign_window check (window_end >= window_start)
);

-- Slogans keep {cand} and {day} placeholders: the anniversary numbers are computed from the year.
create table campaign_slogan (
    campaign_id bigint not null references campaign (id) on delete cascade,
    position    int    not null,
    text        text   not null,
    primary key (campaign_id, position)
);
