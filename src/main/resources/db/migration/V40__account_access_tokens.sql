-- Personal access tokens (API, Bearer) and calendar feed tokens (/calendar/{token}.ics). Only the
-- SHA-256 of a token is kept: the token itself is shown once, at creation, and cannot be recovered.
create table access_token (
    id                   bigserial   primary key,
    user_id              bigint      not null references app_user (id),
    name                 text        not null,
    kind                 text        not null check (kind in ('API', 'CALENDAR')),
    scope                text        not null check (scope in ('read', 'write')),
    -- a calendar feed of one campaign; null for the API and for the owner's own schedule
    campaign_id          bigint,
    token_sha256         bytea       not null,
    created_at           timestamptz not null,
    expires_at           timestamptz not null,
    last_used_at         timestamptz,
    revoked_at           timestamptz,
    revoked_by           text,
    check (kind = 'API' or scope = 'read')
);

create unique index access_token_hash_idx on access_token (token_sha256);
create index access_token_user_idx on access_token (user_id);
