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
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.orgunit.UnitType;

/**
 * The public page of upcoming festivals: registered festivals that have not ended yet, of the units
 * under a province, district or commune given by its code or its name. Needs no account, so it reads without the access
 * policy and hands out {@link PublicFestival}s only.
 */
@Service
public class PublicFestivals {

    public static final int MAX_CODE = 20;
    /** What the box takes: a code, or a name such as "Thành phố Hồ Chí Minh". */
    public static final int MAX_TEXT = 100;

    private static final int CANDIDATES = 10;

    private final FestivalRepository festivals;
    private final OrgUnitManagement units;
    private final UnitPicker picker;
    private final Clock clock;

    PublicFestivals(FestivalRepository festivals, OrgUnitManagement units, UnitPicker picker, Clock clock) {
        this.festivals = festivals;
        this.units = units;
        this.picker = picker;
        this.clock = clock;
    }

    /** A place whose name fits what was typed, named with the unit above it ("Huyện Quan Sơn, Tỉnh Thanh Hóa"). */
    public record Place(String code, String name, String parentName) {}

    /**
     * What a citizen typed: a code, or a name with diacritics or without ("quan son"). One place
     * found gives its {@code area}; several give {@code candidates} to choose from; none gives
     * neither.
     */
    public record Lookup(Area area, List<Place> candidates) {
        public boolean found() {
            return area != null;
        }
    }

    public Lookup lookup(String typed) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            return new Lookup(null, List.of());
        }
        Optional<Area> byCode = upcoming(clean);
        if (byCode.isPresent()) {
            return new Lookup(byCode.get(), List.of());
        }
        List<OrgUnit> named = picker.systemNamed(clean, LocalDate.now(clock), 50).stream()
                .filter(this::territorial)
                .toList();
        if (named.size() == 1) {
            return new Lookup(area(named.get(0)), List.of());
        }
        return new Lookup(
                null,
                named.stream()
                        .limit(CANDIDATES)
                        .map(u -> new Place(
                                u.code(),
                                u.name(),
                                u.parentId() == null
                                        ? null
                                        : units.systemFindById(u.parentId())
                                                .map(OrgUnit::name)
                                                .orElse(null)))
                        .toList());
    }

    private boolean territorial(OrgUnit u) {
        return units.type(u.typeCode()).map(UnitType::territorial).orElse(false);
    }

    /** A province or district and its upcoming festivals. */
    public record Area(String code, String name, List<PublicFestival> festivals) {}

    /** The territorial unit with this code (the one valid today, else the newest) and its festivals. */
    public Optional<Area> upcoming(String code) {
        String clean = code == null ? "" : code.strip();
        if (clean.isEmpty() || clean.length() > MAX_CODE || !clean.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return units.systemFindByCode(clean, LocalDate.now(clock))
                .filter(this::territorial)
                .map(this::area);
    }

    private Area area(OrgUnit u) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new Area(
                u.code(),
                u.name(),
                festivals.upcomingRegistered(u.path(), now).stream()
                        .map(Located::festival)
                        .filter(f -> f.status() == FestivalStatus.REGISTERED
                                && f.endsAt().isAfter(now))
                        .map(PublicFestival::of)
                        .toList());
    }
}
