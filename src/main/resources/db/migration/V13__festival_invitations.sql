-- Giấy mời: one per festival, numbered from the inviting unit's register and frozen as issued.
create table festival_invitation (
    id                bigserial primary key,
    festival_id       bigint      not null unique references festival (id),
    issuer_id         bigint      not null references org_unit (id),
    register_entry_id bigint      not null references outgoing_document (id),
    number_line       text        not null,
    issued_on         date        not null,
    subject           text        not null,
    docx              bytea       not null,
    pdf               bytea       not null,
    pdf_sha256        text        not null,
    issued_by         text        not null,
    issued_at         timestamptz not null
);
