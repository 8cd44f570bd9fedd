create table plan (
    id              bigserial primary key,
    campaign_id     bigint  not null references campaign (id),
    unit_id         bigint  not null references org_unit (id),
    parent_plan_id  bigint references plan (id),
    status          text    not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ISSUED')),
    content         jsonb   not null,
    return_reason   text,
    number_line     text,
    issued_on       date,
    outgoing_id     bigint references outgoing_document (id),
    -- lower units that must issue their own plan, and by when
    cascade_types   text[]  not null default '{}',
    cascade_due     date,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         int     not null default 0
);

create index plan_campaign_idx on plan (campaign_id);
create index plan_unit_idx on plan (unit_id);
create index plan_parent_idx on plan (parent_plan_id);

-- What was signed never changes: the issued rendering is kept with its checksum.
create table plan_version (
    plan_id     bigint  not null references plan (id),
    version_no  int     not null,
    number_line text,
    content     jsonb   not null,
    docx        bytea   not null,
    pdf         bytea   not null,
    docx_sha256 text    not null,
    pdf_sha256  text    not null,
    created_at  timestamptz not null default now(),
    primary key (plan_id, version_no)
);

create table plan_delivery (
    plan_id           bigint not null references plan (id),
    recipient_unit_id bigint not null references org_unit (id),
    purpose           text,
    delivered_at      timestamptz not null,
    opened_at         timestamptz,
    opened_by         text,
    primary key (plan_id, recipient_unit_id)
);

create index plan_delivery_recipient_idx on plan_delivery (recipient_unit_id);
