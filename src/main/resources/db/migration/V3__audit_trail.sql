create table audit_entry (
    id          bigserial primary key,
    occurred_at timestamptz not null,
    actor       text        not null,
    action      text        not null,
    target      text        not null,
    summary     text
);

create index audit_entry_time_idx on audit_entry (occurred_at desc);
create index audit_entry_action_idx on audit_entry (action);

-- The trail is append-only for everyone, the application included.
create function audit_entry_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_no_update
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
