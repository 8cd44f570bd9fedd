package vn.ngayhoi.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.CampaignEvents.CampaignCreated;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitLink;
import vn.ngayhoi.orgunit.UnitLinks;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * Campaigns. A campaign is visible to accounts whose scope holds its committee, and to every account
 * inside the committee's territory (the unit the committee sits under), who must act on it.
 */
@Service
public class CampaignManagement {

    private final JdbcClient jdbc;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final CampaignTerritories territories;
    private final UnitLinks links;

    CampaignManagement(
            JdbcClient jdbc,
            OrgUnitManagement units,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            CampaignTerritories territories,
            UnitLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.units = units;
        this.policy = policy;
        this.events = events;
        this.territories = territories;
    }

    public Campaign get(long id) {
        Campaign c = find(id).orElseThrow(() -> new NotFoundException("campaign#" + id));
        if (!visible(policy.requireActor(), c)) {
            throw policy.refuse(policy.requireActor(), "campaign:" + id);
        }
        return c;
    }

    public java.util.Optional<Campaign> systemFind(long id) {
        return find(id);
    }

    /**
     * The year of each campaign named, in one statement without a scope check: a list page labels
     * its rows with their campaign's year without asking once per row (issue 20).
     */
    public java.util.Map<Long, Integer> systemYears(java.util.Collection<Long> ids) {
        java.util.Map<Long, Integer> years = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return years;
        }
        jdbc.sql("select id, year from campaign where id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> years.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return years;
    }

    /** Campaigns the current account sees, newest first. */
    public List<Campaign> list() {
        Actor actor = policy.requireActor();
        // The rule of visible(), in SQL: one statement whatever the number of campaigns (issue 20).
        Scope reach = policy.scopeOf(actor);
        if (reach.equals(Scope.NONE)) {
            return List.of();
        }
        String scope = reach.pathPrefix();
        return jdbc.sql(SELECT + """
                         join org_unit committee on committee.id = c.committee_id
                         join campaign_territory t on t.campaign_id = c.id
                        where committee.path like ? || '%' or ? like t.territory_path || '%'
                        order by c.year desc, c.id desc
                        """).params(scope, scope).query(this::map).list();
    }

    /** A campaign with the code of the committee that runs it, as the API lists it. */
    public record Listed(Campaign campaign, String committeeCode) {}

    /**
     * One page of {@link #list}'s campaigns (of {@code year} when given) in id order and how many
     * there are: two statements whatever the number of campaigns or rows (issue 20).
     */
    public vn.ngayhoi.shared.Slice<Listed> page(Integer year, long offset, int limit) {
        Scope reach = policy.scopeOf(policy.requireActor());
        if (reach.equals(Scope.NONE)) {
            return new vn.ngayhoi.shared.Slice<>(List.of(), 0);
        }
        String scope = reach.pathPrefix();
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, SELECT.indexOf("from campaign c")) + ", committee.code as committee_code",
                """
                from campaign c join org_unit committee on committee.id = c.committee_id
                where (?::int is null or c.year = ?)
                  and (committee.path like ? || '%'
                       or exists (select 1 from campaign_territory t
                                  where t.campaign_id = c.id and ? like t.territory_path || '%'))
                """,
                "order by c.id",
                (rs, n) -> new Listed(map(rs, n), rs.getString("committee_code")),
                offset,
                limit,
                year,
                year,
                scope,
                scope);
    }

    /** Whether the account may see the campaign: its committee in scope, or the account inside its territory. */
    public boolean visible(Actor actor, Campaign c) {
        Scope scope = policy.scopeOf(actor);
        OrgUnit committee = units.systemFindById(c.committeeId()).orElseThrow();
        if (scope.contains(committee.path())) {
            return true;
        }
        return scope.pathPrefix().startsWith(territories.of(c).path());
    }

    @Transactional
    public Campaign create(NewCampaign command) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        OrgUnit committee = units.get(command.committeeId());
        List<Problem> problems = new ArrayList<>();
        if (!"COMMITTEE".equals(committee.typeCode())) {
            problems.add(new Problem("committeeId", "campaign.committee.invalid"));
        }
        if (command.windowStart() == null
                || command.windowEnd() == null
                || command.windowEnd().isBefore(command.windowStart())) {
            problems.add(new Problem("windowEnd", "campaign.window.invalid"));
        }
        if (command.reportDeadline() == null) {
            problems.add(new Problem("reportDeadline", "campaign.deadline.required"));
        }
        if (command.year() < 2005 || command.year() > 2100) {
            problems.add(new Problem("year", "campaign.year.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return insert(command, null);
    }

    /** Start-up only (demo). */
    @Transactional
    public Campaign systemCreate(NewCampaign command) {
        return insert(command, null);
    }

    /**
     * Next year from last year: the same campaign with every date moved by the difference in years;
     * the slogans carry placeholders, so their anniversary numbers follow by themselves.
     */
    @Transactional
    public Campaign cloneInto(long campaignId, int newYear) {
        return cloneAcross(campaignId, newYear).campaign();
    }

    /**
     * A clone and the names of what it could not carry to the structure valid in the new year, for
     * the officer to fix by hand (empty when nothing had to move).
     */
    public record Cloned(Campaign campaign, List<String> unmapped) {}

    /**
     * The same clone; when the committee's territory no longer exists on the new window's first day
     * (a 2024 province committee cloned into 2026), the campaign moves to the committee of the unit
     * its territory went into (made if there is none) and the pilot unit to its successor, through the
     * merge links (ADR 0035). What has no successor is named in {@link Cloned#unmapped()}.
     */
    @Transactional
    public Cloned cloneAcross(long campaignId, int newYear) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Campaign from = get(campaignId);
        if (newYear <= from.year() || newYear > 2100) {
            // The year as text: MessageFormat would print the number 2022 as "2.022" in Vietnamese.
            throw ValidationException.of("year", "campaign.clone.yearInvalid", String.valueOf(from.year()));
        }
        int shift = newYear - from.year();
        LocalDate start = from.windowStart().plusYears(shift);
        List<String> unmapped = new ArrayList<>();
        long committeeId = from.committeeId();
        Long pilotId = from.pilotUnitId();
        OrgUnit committee = units.systemFindById(committeeId).orElseThrow();
        OrgUnit territory = territories.ofUnit(committee);
        if (!territory.validOn(start)) {
            java.util.Optional<OrgUnit> next = successor(territory);
            if (next.isEmpty()) {
                unmapped.add(territory.name());
            } else {
                committeeId = committeeOf(next.get(), committee.name()).id();
                if (pilotId != null) {
                    OrgUnit pilot = units.systemFindById(pilotId).orElseThrow();
                    java.util.Optional<OrgUnit> pilotNext =
                            pilot.validOn(start) ? java.util.Optional.of(pilot) : successor(pilot);
                    if (pilotNext.isEmpty()) {
                        unmapped.add(pilot.name());
                    }
                    pilotId = pilotNext.map(OrgUnit::id).orElse(null);
                }
            }
        }
        NewCampaign copy = new NewCampaign(
                committeeId,
                newYear,
                from.name().replace(Integer.toString(from.year()), Integer.toString(newYear)),
                from.windowStart().plusYears(shift),
                from.windowEnd().plusYears(shift),
                from.reportDeadline().plusYears(shift),
                pilotId,
                plus(from.pilotFrom(), shift),
                plus(from.pilotTo(), shift),
                from.pilotModel(),
                from.sloganTemplates());
        return new Cloned(insert(copy, from.id()), List.copyOf(unmapped));
    }

    /** The unit a unit went into: the one it went into whole, else the first it went into in part. */
    private java.util.Optional<OrgUnit> successor(OrgUnit unit) {
        List<UnitLink> next = links.systemSuccessors(unit.id());
        return next.stream()
                .filter(UnitLink::full)
                .findFirst()
                .or(() -> next.stream().findFirst())
                .map(UnitLink::unit);
    }

    /** The steering committee under a territory, made with the old committee's name if it has none. */
    private OrgUnit committeeOf(OrgUnit territory, String name) {
        return units.systemUnitsOfTypes(territory.path(), List.of("COMMITTEE")).stream()
                .filter(u -> u.parentId() != null && u.parentId() == territory.id())
                .findFirst()
                .orElseGet(() -> units.systemCreate(new vn.ngayhoi.orgunit.UnitCommands.CreateUnit(
                        territory.id(), "COMMITTEE", name, territory.validFrom())));
    }

    private Campaign insert(NewCampaign c, Long clonedFrom) {
        boolean exists = jdbc.sql("select count(*) from campaign where committee_id = ? and year = ?")
                        .params(c.committeeId(), c.year())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            throw new ConflictException("campaign.exists", String.valueOf(c.year()));
        }
        long id = jdbc.sql("""
                        insert into campaign (committee_id, year, name, window_start, window_end, report_deadline,
                                              pilot_unit_id, pilot_from, pilot_to, pilot_model, cloned_from_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        c.committeeId(),
                        c.year(),
                        Texts.clean(c.name()),
                        c.windowStart(),
                        c.windowEnd(),
                        c.reportDeadline(),
                        c.pilotUnitId(),
                        c.pilotFrom(),
                        c.pilotTo(),
                        c.pilotModel(),
                        clonedFrom)
                .query(Long.class)
                .single();
        List<String> slogans = c.sloganTemplates() == null ? List.of() : c.sloganTemplates();
        for (int i = 0; i < slogans.size(); i++) {
            jdbc.sql("insert into campaign_slogan (campaign_id, position, text) values (?, ?, ?)")
                    .params(id, i + 1, Texts.clean(slogans.get(i)))
                    .update();
        }
        events.publishEvent(new CampaignCreated(id, c.year(), c.name(), clonedFrom));
        return find(id).orElseThrow();
    }

    private java.util.Optional<Campaign> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::map).optional();
    }

    /**
     * The slogans come in the same statement: a second query from inside the row mapper would take a
     * second pooled connection while the first is held, and enough concurrent requests doing that
     * exhaust the pool and wait for each other until they time out.
     */
    private static final String SELECT = """
            select c.id, c.committee_id, c.year, c.name, c.window_start, c.window_end, c.report_deadline,
                   c.pilot_unit_id, c.pilot_from, c.pilot_to, c.pilot_model,
                   array(select s.text from campaign_slogan s where s.campaign_id = c.id order by s.position) as slogans
            from campaign c
            """;

    private Campaign map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        long pilot = rs.getLong("pilot_unit_id");
        Long pilotId = rs.wasNull() ? null : pilot;
        List<String> slogans = List.of((String[]) rs.getArray("slogans").getArray());
        return new Campaign(
                id,
                rs.getLong("committee_id"),
                rs.getInt("year"),
                rs.getString("name"),
                rs.getObject("window_start", LocalDate.class),
                rs.getObject("window_end", LocalDate.class),
                rs.getObject("report_deadline", LocalDate.class),
                pilotId,
                rs.getObject("pilot_from", LocalDate.class),
                rs.getObject("pilot_to", LocalDate.class),
                rs.getString("pilot_model"),
                slogans);
    }

    private static LocalDate plus(LocalDate d, int years) {
        return d == null ? null : d.plusYears(years);
    }
}
