-- The citizens' forum "Công an lắng nghe ý kiến Nhân dân".

-- Topics people choose from; the standing office may add or retire them (never delete: opinions
-- keep pointing at them).
create table forum_topic (
    id       bigserial primary key,
    code     text    not null unique,
    name     text    not null,
    position int     not null,
    active   boolean not null default true
);

insert into forum_topic (code, name, position) values
    ('ANTT', 'An ninh trật tự', 1),
    ('MA_TUY', 'Ma túy', 2),
    ('GIAO_THONG', 'Giao thông', 3),
    ('CHAY_NO', 'Cháy nổ', 4),
    ('MOI_TRUONG', 'Môi trường', 5),
    ('THU_TUC', 'Thủ tục hành chính', 6),
    ('KHAC', 'Góp ý khác', 7);

-- One opinion. An anonymous one has no name and no contact, and no table keeps the sender's
-- address or device (NĐ 13/2023: collect no personal data that is not needed). The tracking code
-- is kept only as its SHA-256, so even a copy of the database cannot be used to read the status
-- pages of others.
create table forum_opinion (
    id                 bigserial primary key,
    tracking_hash      text        not null unique,
    channel            text        not null check (channel in ('ONLINE', 'FORUM')),
    unit_id            bigint      not null references org_unit (id),
    chosen_unit_id     bigint      not null references org_unit (id),
    festival_id        bigint      references festival (id),
    topic_id           bigint      not null references forum_topic (id),
    text               text        not null check (length(text) between 1 and 5000),
    anonymous          boolean     not null,
    name               text        check (name is null or length(name) <= 200),
    contact            text        check (contact is null or length(contact) <= 200),
    status             text        not null check (status in ('RECEIVED', 'PENDING_APPROVAL', 'ANSWERED', 'HIDDEN')),
    received_at        timestamptz not null,
    due_date           date        not null,
    answer             text        check (answer is null or length(answer) <= 5000),
    answered_by        text,
    answered_at        timestamptz,
    approved_by        text,
    published          boolean     not null default false,
    published_question text,
    hidden_reason      text,
    escalated_unit_id  bigint      references org_unit (id),
    escalated_at       timestamptz,
    recorded_by        text,
    version            int         not null default 0,
    updated_at         timestamptz not null,
    check (not anonymous or (name is null and contact is null))
);

create index forum_opinion_unit_idx on forum_opinion (unit_id, status);
create index forum_opinion_open_idx on forum_opinion (due_date) where status in ('RECEIVED', 'PENDING_APPROVAL');

create table forum_attachment (
    id           bigserial primary key,
    opinion_id   bigint not null references forum_opinion (id) on delete cascade,
    file_name    text   not null,
    content_type text   not null,
    content      bytea  not null,
    sha256       text   not null
);

-- Each move of an opinion to another unit, with the reason.
create table forum_route (
    id          bigserial primary key,
    opinion_id  bigint      not null references forum_opinion (id) on delete cascade,
    from_unit   bigint      not null references org_unit (id),
    to_unit     bigint      not null references org_unit (id),
    reason      text        not null,
    routed_by   text        not null,
    routed_at   timestamptz not null
);

-- Submissions and look-ups per sender in the current window, keyed by a keyed hash of the address
-- that changes every window: rows older than the window are deleted on every check, so no address
-- is kept longer than the limit needs it.
create table forum_rate (
    bucket       text        not null,
    key_hash     text        not null,
    window_start timestamptz not null,
    hits         int         not null,
    primary key (bucket, key_hash, window_start)
);
