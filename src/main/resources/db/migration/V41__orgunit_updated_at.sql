-- When a unit last changed, for API clients that pull only what changed (updatedSince). A trigger
-- rather than each statement, because units change through several paths (rename, move, dissolve,
-- the official-list import and its bulk path rewrite) and one missed statement would lose a change.
alter table org_unit add column updated_at timestamptz not null default now();

create function org_unit_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := clock_timestamp();
    return new;
end
$$;

create trigger org_unit_touch before update on org_unit
    for each row when (old is distinct from new) execute function org_unit_touch();

create index org_unit_updated_idx on org_unit (updated_at, id);
