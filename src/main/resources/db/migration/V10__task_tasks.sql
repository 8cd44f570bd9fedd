create table task (
    id                 bigserial primary key,
    campaign_id        bigint  references campaign (id),
    plan_id            bigint  references plan (id),
    source_section     text,
    title              text    not null,
    duty               text    not null,
    unit_id            bigint  not null references org_unit (id),
    assigner_unit_id   bigint  not null references org_unit (id),
    coordinating_units text[]  not null default '{}',
    due_date           date    not null,
    status             text    not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'RETURNED')),
    percent            int     not null default 0 check (percent between 0 and 100),
    completion_note    text,
    completed_at       timestamptz,
    completed_by       text,
    return_reason      text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            int     not null default 0
);

create index task_unit_idx on task (unit_id);
create index task_campaign_idx on task (campaign_id);
create index task_open_due_idx on task (due_date) where status <> 'DONE';

create table task_progress (
    id         bigserial primary key,
    task_id    bigint  not null references task (id),
    note       text    not null,
    percent    int     not null check (percent between 0 and 100),
    kind       text    not null check (kind in ('PROGRESS', 'COMPLETED', 'RETURNED')),
    created_at timestamptz not null,
    created_by text    not null
);

create index task_progress_task_idx on task_progress (task_id);

-- Evidence is kept in the database, so that application instances stay interchangeable.
create table task_attachment (
    id           bigserial primary key,
    task_id      bigint  not null references task (id),
    progress_id  bigint  references task_progress (id),
    file_name    text    not null,
    content_type text    not null,
    size_bytes   bigint  not null,
    sha256       text    not null,
    content      bytea   not null,
    created_at   timestamptz not null,
    created_by   text    not null
);

create index task_attachment_task_idx on task_attachment (task_id);

-- Công văn đôn đốc: the reminder letter to overdue units, frozen as issued.
create table chasing_letter (
    id          bigserial primary key,
    campaign_id bigint  not null references campaign (id),
    issuer_id   bigint  not null references org_unit (id),
    number_line text    not null,
    issued_on   date    not null,
    subject     text    not null,
    docx        bytea   not null,
    pdf         bytea   not null,
    pdf_sha256  text    not null,
    created_at  timestamptz not null default now()
);

create table chasing_letter_delivery (
    letter_id         bigint not null references chasing_letter (id),
    recipient_unit_id bigint not null references org_unit (id),
    delivered_at      timestamptz not null,
    opened_at         timestamptz,
    primary key (letter_id, recipient_unit_id)
);
