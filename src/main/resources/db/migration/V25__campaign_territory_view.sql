-- The one rule for a campaign's territory (CampaignTerritories, ADR 0015), published as a view for
-- set-based queries of other modules (to-do lists): the unit the committee stands under, or the
-- committee itself when it is territorial or at the top.
create view campaign_territory as
select c.id as campaign_id, t.id as territory_id, t.path as territory_path
from campaign c
join org_unit committee on committee.id = c.committee_id
join unit_type kind on kind.code = committee.type_code
join org_unit t on t.id = case
    when kind.territorial or committee.parent_id is null then committee.id
    else committee.parent_id end;
