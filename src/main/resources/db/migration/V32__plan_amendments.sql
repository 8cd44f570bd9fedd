-- An issued plan is never edited: an amending plan is a new plan with its own number that names the
-- one it replaces (ADR 0017). Each plan is replaced at most once.
alter table plan
    add column replaces_plan_id    bigint unique references plan (id),
    add column replaced_by_plan_id bigint unique references plan (id);
