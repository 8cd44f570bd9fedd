-- One register for every kind of outgoing document (ADR 0015): the register entry carries the
-- Phụ lục VI metadata, and issued_document keeps the frozen DOCX and PDF of each entry with their
-- SHA-256. The kinds' own tables keep only what is theirs and point at the issued document.

-- Chasing letters were registered with their campaign as the source; give each entry its letter,
-- found by the number it printed, so a source names one document.
update outgoing_document o set source = 'chasing-letter:' || l.id
from chasing_letter l
where o.source = 'chasing-letter:' || l.campaign_id
  and o.register_unit_id = l.issuer_id
  and o.year = extract(year from l.issued_on)::int
  and 'Số: ' || o.notation = l.number_line;

alter table outgoing_document
    add column signer_name     text,
    add column signer_position text,
    add column recipients      text[] not null default '{}',
    add column page_count      int,
    add column copies          int    not null default 1 check (copies > 0),
    add column priority        text   not null default 'NORMAL' check (priority in ('NORMAL', 'URGENT', 'EXPRESS')),
    add column status          text   not null default 'ISSUED' check (status in ('ISSUED', 'WITHDRAWN')),
    add column replaces_id     bigint references outgoing_document (id),
    add column withdrawn_on    date,
    add column withdrawn_reason text,
    add constraint outgoing_document_unique_source unique (source);

create index outgoing_document_replaces_idx on outgoing_document (replaces_id);

create table issued_document (
    id                bigserial primary key,
    register_entry_id bigint      not null unique references outgoing_document (id),
    source            text        not null unique,
    docx              bytea       not null,
    pdf               bytea       not null,
    docx_sha256       text        not null,
    pdf_sha256        text        not null,
    issued_by         text        not null,
    issued_at         timestamptz not null
);

-- Who the document was delivered to (its inbox entries); the register's "Nơi nhận" is the text.
create table issued_document_recipient (
    document_id       bigint not null references issued_document (id),
    recipient_unit_id bigint not null references org_unit (id),
    primary key (document_id, recipient_unit_id)
);

create index issued_document_recipient_unit_idx on issued_document_recipient (recipient_unit_id);

-- ---- carry the issued documents over, numbers and bytes unchanged ----

-- Plans: every frozen version; the plan's register entry is its latest issue.
insert into issued_document (register_entry_id, source, docx, pdf, docx_sha256, pdf_sha256, issued_by, issued_at)
select p.outgoing_id, 'plan:' || p.id, v.docx, v.pdf, v.docx_sha256, v.pdf_sha256, 'migration', v.created_at
from plan p join plan_version v on v.plan_id = p.id
where p.outgoing_id is not null
  and v.version_no = (select max(version_no) from plan_version x where x.plan_id = p.id);

insert into issued_document_recipient (document_id, recipient_unit_id)
select d.id, pd.recipient_unit_id
from issued_document d join plan p on d.source = 'plan:' || p.id join plan_delivery pd on pd.plan_id = p.id
on conflict do nothing;

update outgoing_document o set signer_name = p.content -> 'signature' ->> 'signerName',
       signer_position = p.content -> 'signature' ->> 'title',
       recipients = coalesce((select array_agg(r ->> 'text') from jsonb_array_elements(p.content -> 'recipients') r), '{}')
from plan p where p.outgoing_id = o.id;

-- Giấy mời
insert into issued_document (register_entry_id, source, docx, pdf, docx_sha256, pdf_sha256, issued_by, issued_at)
select i.register_entry_id, 'festival-invitation:' || i.festival_id, i.docx, i.pdf,
       encode(sha256(i.docx), 'hex'), i.pdf_sha256, i.issued_by, i.issued_at
from festival_invitation i;

update outgoing_document o set recipients = array['Như thành phần mời', 'Lưu: VT']
from festival_invitation i where i.register_entry_id = o.id;

-- Công văn đôn đốc
insert into issued_document (register_entry_id, source, docx, pdf, docx_sha256, pdf_sha256, issued_by, issued_at)
select o.id, o.source, l.docx, l.pdf, encode(sha256(l.docx), 'hex'), l.pdf_sha256, 'migration', l.created_at
from chasing_letter l join outgoing_document o on o.source = 'chasing-letter:' || l.id;

insert into issued_document_recipient (document_id, recipient_unit_id)
select d.id, cd.recipient_unit_id
from issued_document d join chasing_letter_delivery cd on d.source = 'chasing-letter:' || cd.letter_id
on conflict do nothing;

update outgoing_document o set recipients =
       (select coalesce(array_agg(u.name order by u.code), '{}') || array['Lưu: VT']
        from chasing_letter_delivery cd join org_unit u on u.id = cd.recipient_unit_id
        where 'chasing-letter:' || cd.letter_id = o.source)
where o.source like 'chasing-letter:%';

-- Upward Báo cáo
insert into issued_document (register_entry_id, source, docx, pdf, docx_sha256, pdf_sha256, issued_by, issued_at)
select u.register_entry_id, 'upward-report:' || u.id, u.docx, u.pdf, encode(sha256(u.docx), 'hex'), u.pdf_sha256,
       u.updated_by, u.updated_at
from upward_report u where u.status = 'ISSUED' and u.register_entry_id is not null;

update outgoing_document o set recipients =
       coalesce((select array_agg(r #>> '{}') from jsonb_array_elements(u.content -> 'recipients') r), '{}')
from upward_report u where u.register_entry_id = o.id;

-- ---- the kinds keep only what is theirs ----

alter table plan_version add column issued_document_id bigint references issued_document (id);
update plan_version v set issued_document_id = d.id
from issued_document d where d.source = 'plan:' || v.plan_id
  and v.version_no = (select max(version_no) from plan_version x where x.plan_id = v.plan_id);
alter table plan_version drop column docx, drop column pdf, drop column docx_sha256, drop column pdf_sha256;
alter table plan add constraint plan_outgoing_unique unique (outgoing_id);

alter table festival_invitation add column issued_document_id bigint references issued_document (id);
update festival_invitation i set issued_document_id = d.id from issued_document d where d.register_entry_id = i.register_entry_id;
alter table festival_invitation alter column issued_document_id set not null,
    drop column docx, drop column pdf, drop column pdf_sha256;

alter table chasing_letter add column issued_document_id bigint references issued_document (id);
update chasing_letter l set issued_document_id = d.id from issued_document d where d.source = 'chasing-letter:' || l.id;
alter table chasing_letter
    drop column docx, drop column pdf, drop column pdf_sha256;

alter table upward_report add column issued_document_id bigint references issued_document (id);
update upward_report u set issued_document_id = d.id from issued_document d where d.source = 'upward-report:' || u.id;
alter table upward_report drop column docx, drop column pdf, drop column pdf_sha256,
    add constraint upward_report_register_fk foreign key (register_entry_id) references outgoing_document (id);
