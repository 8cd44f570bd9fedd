-- Sign-off before issue for document kinds without a workflow of their own (ADR 0018): the Giấy
-- mời, the công văn đôn đốc and every kind added later. One row per source document, the same
-- source the issued document will carry; the issuing service refuses a source whose row is not
-- approved, and marks it issued in the issuing transaction.
create table document_signoff (
    id               bigserial primary key,
    source           text        not null unique,
    register_unit_id bigint      not null references org_unit (id),
    subject          text        not null,
    page_path        text        not null,
    status           text        not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'ISSUED')),
    fingerprint      text,
    return_reason    text,
    version          int         not null default 0,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_by       text,
    updated_at       timestamptz
);
create index document_signoff_unit_status on document_signoff (register_unit_id, status);

-- The chasing letter is drafted first: its recipients and lines are kept with it, its number and
-- date come at issue.
alter table chasing_letter add column content jsonb;
alter table chasing_letter alter column issued_on drop not null;
alter table chasing_letter alter column number_line drop not null;
alter table chasing_letter add column drafted_by text;
