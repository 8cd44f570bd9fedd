-- Files leave the database (ADR 0031): the bytes of evidence, attachments and issued documents live
-- in the content-addressed file store, and each row keeps only the SHA-256 that names its file (the
-- columns that held it already). The byte columns stay, nullable, until V52 has moved every row out
-- and read each file back; nothing writes them any more.
alter table task_attachment alter column content drop not null;
alter table festival_attachment alter column content drop not null;
alter table report_attachment alter column content drop not null;
alter table forum_attachment alter column content drop not null;
alter table issued_document alter column docx drop not null, alter column pdf drop not null;
-- outreach_propaganda.photo was nullable from the start (the photo is optional).

-- The scheduled jobs run once per due time whatever the number of instances (ADR 0033): the first
-- instance to insert the run's row does the work; the others find it there and skip.
create table job_run (
    job         text        not null,
    due         text        not null,
    instance    text        not null,
    started_at  timestamptz not null default now(),
    primary key (job, due)
);
