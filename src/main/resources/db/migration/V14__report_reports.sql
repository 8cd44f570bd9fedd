-- The results report of a campaign: one form per campaign, defined by its standing office.
create table report_form (
    id              bigserial primary key,
    campaign_id     bigint  not null references campaign (id),
    title           text    not null,
    -- sections of indicators and the cross-field rules, as JSON (see ReportForm.Definition)
    definition      jsonb   not null,
    -- who must report: units of these types under this unit
    assign_root_id  bigint  not null references org_unit (id),
    assign_types    text[]  not null,
    deadline        date    not null,
    -- a submission up to deadline + grace_days still counts as on time
    grace_days      int     not null default 0 check (grace_days between 0 and 60),
    -- entry locks after deadline + lock_after_days (except for units with an exception)
    lock_after_days int     not null default 10 check (lock_after_days between 0 and 365),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         int     not null default 0,
    constraint report_form_one_per_campaign unique (campaign_id),
    constraint report_form_lock_after_grace check (lock_after_days >= grace_days)
);

create table report_lock_exception (
    form_id    bigint not null references report_form (id),
    unit_id    bigint not null references org_unit (id),
    until      date   not null,
    reason     text   not null,
    granted_by text   not null,
    granted_at timestamptz not null,
    primary key (form_id, unit_id)
);

create table report (
    id            bigserial primary key,
    form_id       bigint  not null references report_form (id),
    unit_id       bigint  not null references org_unit (id),
    status        text    not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    -- entered values by indicator code (as typed, checked), the narrative and which values were prefilled
    data          jsonb   not null default '{}',
    submitted_at  timestamptz,
    late          boolean,
    decided_at    timestamptz,
    decided_by    text,
    return_reason text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    updated_by    text    not null,
    version       int     not null default 0,
    constraint report_one_per_unit unique (form_id, unit_id)
);

create index report_unit_idx on report (unit_id);

-- The numeric values of a report, one row each, for aggregation.
create table report_value (
    report_id      bigint  not null references report (id),
    indicator_code text    not null,
    value          numeric not null,
    primary key (report_id, indicator_code)
);

-- Every submission, recall, return and acceptance, with the data as it stood: nothing is overwritten.
create table report_history (
    id         bigserial primary key,
    report_id  bigint not null references report (id),
    action     text   not null check (action in ('SUBMITTED', 'RECALLED', 'RETURNED', 'ACCEPTED')),
    data       jsonb  not null,
    reason     text,
    late       boolean,
    at         timestamptz not null,
    by_user    text   not null
);

create index report_history_report_idx on report_history (report_id);

-- Totals of every indicator for every unit's subtree, kept in the transaction of each status change,
-- so totals are live without summing a country's values on each request. unit_id 0 is everything.
create table report_total (
    form_id        bigint  not null references report_form (id),
    unit_id        bigint  not null,
    indicator_code text    not null,
    accepted       numeric not null default 0,
    -- accepted plus submitted-but-not-yet-accepted
    received       numeric not null default 0,
    primary key (form_id, unit_id, indicator_code)
);

create table report_attachment (
    id           bigserial primary key,
    report_id    bigint not null references report (id),
    file_name    text   not null,
    content_type text   not null,
    size_bytes   bigint not null,
    sha256       text   not null,
    content      bytea  not null,
    created_at   timestamptz not null,
    created_by   text   not null
);

create index report_attachment_report_idx on report_attachment (report_id);

-- The committee's upward Báo cáo: a draft the officer edits, then issued and frozen.
create table upward_report (
    id                bigserial primary key,
    form_id           bigint  not null references report_form (id),
    issuer_id         bigint  not null references org_unit (id),
    status            text    not null check (status in ('DRAFT', 'ISSUED')),
    content           jsonb   not null,
    register_entry_id bigint,
    number_line       text,
    issued_on         date,
    docx              bytea,
    pdf               bytea,
    pdf_sha256        text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    updated_by        text    not null,
    version           int     not null default 0
);
