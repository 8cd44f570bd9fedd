-- In-app notices. The text is resolved from message_key and args (a JSON array) when shown.
create table notification (
    id          bigserial primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    message_key text        not null,
    args        jsonb       not null default '[]',
    link        text,
    created_at  timestamptz not null,
    read_at     timestamptz
);

create index notification_user_idx on notification (user_id, created_at desc, id desc);
create index notification_unread_idx on notification (user_id) where read_at is null;

-- One digest per account and day. The row is the claim: the instance whose insert succeeds sends
-- it (sent_at is when it was claimed); mailed turns true once the e-mail has gone out.
create table notification_digest (
    user_id bigint      not null references app_user (id) on delete cascade,
    day     date        not null,
    sent_at timestamptz not null,
    mailed  boolean     not null default false,
    primary key (user_id, day)
);

-- What was announced to whom on which day (subject_key such as task:42): never two for the same
-- thing and day.
create table notification_announced (
    user_id     bigint not null references app_user (id) on delete cascade,
    day         date   not null,
    subject_key text   not null,
    primary key (user_id, day, subject_key)
);
