-- The day a notice went out in an e-mail digest. Null: not mailed yet, so the next morning's digest
-- carries it (a hand-off notice reaches the inbox as well as the bell). Notices from before this
-- column count as mailed, so an upgrade does not send a backlog.
alter table notification add column mailed_day date;
update notification set mailed_day = created_at::date;
create index notification_unmailed_idx on notification (user_id) where mailed_day is null;
