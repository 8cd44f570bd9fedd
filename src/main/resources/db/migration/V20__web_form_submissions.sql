-- Each rendered form carries a key (_formKey); the first submission with a key claims it here, so a
-- double click or a resent form is answered with the first result instead of doing the action again.
create table form_submission (
    form_key     uuid        not null,
    principal    varchar(100) not null,
    path         text        not null,
    -- null while the first submission runs; then where it sent the person ('' when not a redirect).
    location     text,
    created_at   timestamptz not null default now(),
    constraint form_submission_pk primary key (form_key)
);

create index form_submission_principal_created_idx on form_submission (principal, created_at);
