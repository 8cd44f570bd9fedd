package vn.ngayhoi.festival;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ngayhoi.festival.internal.FestivalRepository;
import vn.ngayhoi.festival.internal.FestivalRepository.Located;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitType;

/**
 * The public page of upcoming festivals: registered festivals that have not ended yet, of the units
 * under a province or district given by its code. Needs no account, so it reads without the access
 * policy and hands out {@link PublicFestival}s only.
 */
@Service
public class PublicFestivals {

    public static final int MAX_CODE = 20;

    private final FestivalRepository festivals;
    private final OrgUnitManagement units;
    private final Clock clock;

    PublicFestivals(FestivalRepository festivals, OrgUnitManagement units, Clock clock) {
        this.festivals = festivals;
        this.units = units;
        this.clock = clock;
    }

    /** A province or district and its upcoming festivals. */
    public record Area(String code, String name, List<PublicFestival> festivals) {}

    /** The territorial unit with this code (the one valid today, else the newest) and its festivals. */
    public Optional<Area> upcoming(String code) {
        String clean = code == null ? "" : code.strip();
        if (clean.isEmpty() || clean.length() > MAX_CODE || !clean.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        Optional<OrgUnit> found = units.systemFindByCode(clean, LocalDate.now(clock))
                .filter(u -> units.type(u.typeCode()).map(UnitType::territorial).orElse(false));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return found.map(u -> new Area(
                u.code(),
                u.name(),
                festivals.upcomingRegistered(u.path(), now).stream()
                        .map(Located::festival)
                        .filter(f -> f.status() == FestivalStatus.REGISTERED
                                && f.endsAt().isAfter(now))
                        .map(PublicFestival::of)
                        .toList()));
    }
}
