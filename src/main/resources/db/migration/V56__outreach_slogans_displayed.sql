-- Which of the campaign's slogans (from the plan, numbered as Campaign.slogans() lists them) a unit
-- displayed, and where. One row per slogan and unit; unticking deletes it.
create table outreach_slogan_display (
    campaign_id  bigint      not null references campaign (id),
    unit_id      bigint      not null references org_unit (id),
    slogan_index int         not null check (slogan_index >= 0),
    place        text        check (place is null or length(place) <= 300),
    ticked_by    text        not null,
    ticked_at    timestamptz not null,
    primary key (campaign_id, unit_id, slogan_index)
);
