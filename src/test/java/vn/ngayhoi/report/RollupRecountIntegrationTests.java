package vn.ngayhoi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.orgunit.UnitCommands.DissolveUnit;
import vn.ngayhoi.orgunit.UnitCommands.MoveUnit;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.Territories.Territory;

/**
 * Completeness, totals and festival counts kept as roll-ups (ADR 0028) equal a recount of the units,
 * reports and festivals for every subtree key after a seeded random sequence of 500 status changes
 * (reports sent on time and late, accepted, returned, recalled; festivals registered, postponed,
 * cancelled) and 20 unit moves of communes with their khu dân cư between two districts with a form
 * each and a third without one, besides new units and a dissolved one. The recounts are written here
 * from the tables, not taken from the code under test.
 */
@IntegrationTest
class RollupRecountIntegrationTests {

    private static final List<String> DISTRICTS = List.of("412", "414", "415");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportManagement reports;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    MutableClock clock;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void tearDown() {
        new SignedIn(userDetails).clear();
        clock.set(at(10, 8));
    }

    @Test
    void rollupsEqualARecountAfterRandomStatusChangesAndMoves() {
        Territory first = Territories.create(context, "412", 2043);
        Territory second = Territories.create(context, "414", 2046);
        // Nghệ An's own form covers all three districts: moves between them keep its units assigned,
        // so only the ancestors that differ take the subtree's rows (the shift, not a recount)
        Territory province = Territories.create(context, "40", 2043);
        List<Territory> territories = List.of(first, second, province);
        Random random = new Random(20_2043);
        List<Long> districts = DISTRICTS.stream()
                .map(code -> Territories.unit(context, code).id())
                .toList();
        List<Long> communes = jdbc.sql("""
                        select id from org_unit where parent_id = any(?::bigint[]) and type_code <> 'COMMITTEE'
                        order by id
                        """)
                .param(districts.toArray(Long[]::new))
                .query(Long.class)
                .list();
        assertThat(communes).hasSizeGreaterThan(30);
        // khu dân cư under some communes, so that moves carry subtrees (UnitCreated keeps counts too)
        for (int i = 0; i < 12; i++) {
            units.systemCreate(new CreateUnit(communes.get(i * 3), "RESIDENTIAL_AREA", "Khu dân cư số " + i, null));
        }
        List<Long> festivalIds = new ArrayList<>();
        for (Territory t : territories) {
            List<Long> own = jdbc.sql("select id from org_unit where path like ? and type_code <> 'COMMITTEE'")
                    .param(t.district().path() + "%")
                    .query(Long.class)
                    .list();
            for (long unit : own.subList(1, Math.min(own.size(), 16))) {
                int day = 5 + random.nextInt(24);
                festivalIds.add(festivals
                        .systemCreate(
                                t.campaign().id(),
                                unit,
                                OffsetDateTime.of(
                                        2022,
                                        8,
                                        day,
                                        8,
                                        0,
                                        0,
                                        0,
                                        Formats.ZONE.getRules().getOffset(at(day, 8))),
                                OffsetDateTime.of(
                                        2022,
                                        8,
                                        day,
                                        11,
                                        0,
                                        0,
                                        0,
                                        Formats.ZONE.getRules().getOffset(at(day, 8))),
                                "Nhà văn hóa",
                                false,
                                random.nextBoolean() ? FestivalStatus.REGISTERED : FestivalStatus.PLANNED,
                                details(),
                                null)
                        .id());
            }
        }

        SignedIn signedIn = new SignedIn(userDetails);
        signedIn.as("admin");
        int changes = 0;
        int moves = 0;
        boolean dissolved = false;
        while (changes < 500 || moves < 20) {
            // on time before 20/08, late after it (the forms lock on 30/08)
            clock.set(random.nextBoolean() ? at(10, 8) : at(25, 8));
            if (moves < 20 && random.nextInt(26) == 0) {
                long commune = communes.get(random.nextInt(communes.size()));
                long target = districts.get(random.nextInt(districts.size()));
                OrgUnit unit = units.systemFindById(commune).orElseThrow();
                if (unit.parentId() != null && unit.parentId() != target) {
                    units.move(new MoveUnit(commune, target));
                    moves++;
                }
                continue;
            }
            if (!dissolved && changes == 250) {
                units.dissolve(new DissolveUnit(communes.get(1), LocalDate.of(2022, 8, 15)));
                dissolved = true;
            }
            if (random.nextInt(5) == 0) {
                if (changeFestival(festivalIds.get(random.nextInt(festivalIds.size())), random)) {
                    changes++;
                }
            } else {
                Territory t = territories.get(random.nextInt(3));
                List<Long> assigned = jdbc.sql("""
                                select id from org_unit where path like ? and type_code = any(?::text[])
                                  and (valid_to is null or valid_to >= date '2022-08-20') order by id
                                """)
                        .params(
                                t.district().path() + "%",
                                t.form().assignTypes().toArray(String[]::new))
                        .query(Long.class)
                        .list();
                if (!assigned.isEmpty() && changeReport(t, assigned.get(random.nextInt(assigned.size())), random)) {
                    changes++;
                }
            }
        }
        signedIn.clear();

        assertThat(moves).isEqualTo(20);
        for (Territory t : territories) {
            Map<String, List<Long>> counted = countRollups(t.form().id());
            assertThat(counted)
                    .as("completeness of form %s", t.form().id())
                    .isEqualTo(countRecount(t.form().id()));
            assertThat(counted.get("0/COMMUNE").get(1)).as("reports were sent").isPositive();
            assertThat(totalRollups(t.form().id()))
                    .as("totals of form %s", t.form().id())
                    .isEqualTo(totalRecount(t.form().id()))
                    .isNotEmpty();
            assertThat(festivalRollups(t.campaign().id()))
                    .as("festivals of campaign %s", t.campaign().id())
                    .isEqualTo(festivalRecount(t.campaign().id()))
                    .isNotEmpty();
        }
    }

    /** One status change of the unit's report, whichever its status allows; false if none was made. */
    private boolean changeReport(Territory t, long unitId, Random random) {
        Long id = jdbc.sql("select id from report where form_id = ? and unit_id = ?")
                .params(t.form().id(), unitId)
                .query(Long.class)
                .optional()
                .orElseGet(() -> reports.systemOpen(t.form().id(), unitId).id());
        ReportStatus status = ReportStatus.valueOf(jdbc.sql("select status from report where id = ?")
                .param(id)
                .query(String.class)
                .single());
        try {
            switch (status) {
                case DRAFT, RETURNED -> reports.submit(id, entry(random), null);
                case SUBMITTED -> {
                    int pick = random.nextInt(3);
                    if (pick == 0) {
                        reports.accept(id);
                    } else if (pick == 1) {
                        reports.returnToUnit(id, "Bổ sung số liệu");
                    } else {
                        reports.recall(id);
                    }
                }
                case ACCEPTED -> {
                    return false;
                }
            }
            return true;
        } catch (ValidationException | ConflictException refused) {
            return false;
        }
    }

    private boolean changeFestival(long id, Random random) {
        Festival f = festivals.get(id);
        FestivalStatus to = switch (random.nextInt(3)) {
            case 0 -> FestivalStatus.REGISTERED;
            case 1 -> FestivalStatus.POSTPONED;
            default -> FestivalStatus.CANCELLED;
        };
        if (f.status() == to) {
            return false;
        }
        try {
            festivals.changeStatus(id, to, "Mưa lớn");
            return true;
        } catch (ValidationException | ConflictException refused) {
            return false;
        }
    }

    private static Entry entry(Random random) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("participants", String.valueOf(100 + random.nextInt(900)));
        v.put("collectives_proposed", "1");
        v.put("collectives_commended", "1");
        return new Entry(v, new ReportData.Narrative("Tổ chức đúng kế hoạch, đông đủ nhân dân.", null, null, null));
    }

    private static FestivalDetails details() {
        return new FestivalDetails(
                List.of(new FestivalDetails.Step("Khai mạc", false, null)),
                List.of("Văn nghệ"),
                Map.of(),
                List.of(),
                null,
                Map.of(),
                List.of(),
                null);
    }

    // ---- the roll-ups as stored, and the same figures recounted from units, reports and festivals ----

    private static final String KEYS =
            "cross join lateral unnest(array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k";

    private Map<String, List<Long>> countRollups(long formId) {
        Map<String, List<Long>> rows = new java.util.TreeMap<>();
        jdbc.sql("""
                        select unit_id, type_code, expected, received, on_time, late, accepted from report_count
                        where form_id = ? and (expected <> 0 or received <> 0 or on_time <> 0 or late <> 0 or accepted <> 0)
                        """).param(formId).query(rs -> {
            rows.put(
                    rs.getLong(1) + "/" + rs.getString(2),
                    List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
        });
        return rows;
    }

    private Map<String, List<Long>> countRecount(long formId) {
        Map<String, List<Long>> rows = new java.util.TreeMap<>();
        jdbc.sql("""
                        select k, o.type_code, count(*),
                               count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED')),
                               count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED') and not r.late),
                               count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED') and r.late),
                               count(*) filter (where r.status = 'ACCEPTED')
                        from report_form f join org_unit root on root.id = f.assign_root_id
                             join org_unit o on o.path like root.path || '%' and o.type_code = any(f.assign_types)
                             left join report r on r.unit_id = o.id and r.form_id = f.id
                        """ + KEYS + """
                         where f.id = ?
                          and (o.valid_from is null or o.valid_from <= f.deadline)
                          and (o.valid_to is null or o.valid_to >= f.deadline)
                        group by k, o.type_code
                        """).param(formId).query(rs -> {
            rows.put(
                    rs.getLong(1) + "/" + rs.getString(2),
                    List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
        });
        return rows;
    }

    private Map<String, String> totalRollups(long formId) {
        Map<String, String> rows = new java.util.TreeMap<>();
        jdbc.sql("""
                        select unit_id, indicator_code, accepted, received from report_total
                        where form_id = ? and (accepted <> 0 or received <> 0)
                        """).param(formId).query(rs -> {
            rows.put(
                    rs.getLong(1) + "/" + rs.getString(2),
                    rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "/"
                            + rs.getBigDecimal(4).stripTrailingZeros().toPlainString());
        });
        return rows;
    }

    private Map<String, String> totalRecount(long formId) {
        Map<String, String> rows = new java.util.TreeMap<>();
        jdbc.sql("""
                        select k, v.indicator_code, sum(case when r.status = 'ACCEPTED' then v.value else 0 end), sum(v.value)
                        from report r join org_unit o on o.id = r.unit_id join report_value v on v.report_id = r.id
                        """ + KEYS + """
                         where r.form_id = ? and r.status in ('SUBMITTED', 'ACCEPTED')
                        group by k, v.indicator_code
                        having sum(v.value) <> 0
                        """).param(formId).query(rs -> {
            rows.put(
                    rs.getLong(1) + "/" + rs.getString(2),
                    rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + "/"
                            + rs.getBigDecimal(4).stripTrailingZeros().toPlainString());
        });
        return rows;
    }

    private Map<String, Long> festivalRollups(long campaignId) {
        Map<String, Long> rows = new java.util.TreeMap<>();
        jdbc.sql("""
                        select unit_id, case when status = 'REGISTERED' and ends_at < ? then 'AWAITING_RESULTS'
                                             else status end, sum(n)
                        from festival_count where campaign_id = ? group by 1, 2 having sum(n) <> 0
                        """).params(OffsetDateTime.now(clock), campaignId).query(rs -> {
            rows.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
        });
        return rows;
    }

    private Map<String, Long> festivalRecount(long campaignId) {
        Map<String, Long> rows = new java.util.TreeMap<>();
        jdbc.sql("""
                        select k, case when f.status = 'REGISTERED' and f.ends_at < ? then 'AWAITING_RESULTS'
                                       else f.status end, count(*)
                        from festival f join org_unit o on o.id = f.unit_id
                        """ + KEYS + """
                         where f.campaign_id = ? group by 1, 2
                        """).params(OffsetDateTime.now(clock), campaignId).query(rs -> {
            rows.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
        });
        return rows;
    }

    private static java.time.Instant at(int day, int month) {
        return LocalDateTime.of(2022, month, day, 9, 0).atZone(Formats.ZONE).toInstant();
    }
}
