-- Each issuing body keeps its own register of outgoing documents; numbers restart each year.
create table register_counter (
    register_unit_id bigint not null references org_unit (id),
    year             int    not null,
    last_number      int    not null,
    primary key (register_unit_id, year)
);

create table outgoing_document (
    id               bigserial primary key,
    register_unit_id bigint  not null references org_unit (id),
    year             int     not null,
    number           int     not null check (number > 0),
    notation         text    not null,
    type_name        text,
    subject          text    not null,
    issued_on        date    not null,
    source           text    not null,
    created_at       timestamptz not null default now(),
    constraint outgoing_document_unique_number unique (register_unit_id, year, number)
);
