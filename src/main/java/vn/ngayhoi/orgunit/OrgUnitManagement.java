package vn.ngayhoi.orgunit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.orgunit.UnitCommands.DissolveUnit;
import vn.ngayhoi.orgunit.UnitCommands.MoveUnit;
import vn.ngayhoi.orgunit.UnitCommands.RenameUnit;
import vn.ngayhoi.orgunit.UnitEvents.UnitCreated;
import vn.ngayhoi.orgunit.UnitEvents.UnitDissolved;
import vn.ngayhoi.orgunit.UnitEvents.UnitMoved;
import vn.ngayhoi.orgunit.UnitEvents.UnitRenamed;
import vn.ngayhoi.orgunit.internal.OrgUnitRepository;
import vn.ngayhoi.orgunit.internal.UnitImporter;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * Reads and changes units. Reads are scoped to the signed-in account's subtree through
 * {@link AccessPolicy}; methods named {@code system…} are for start-up and other modules' own
 * bookkeeping and are not scoped.
 */
@Service
public class OrgUnitManagement {

    public static final int MAX_NAME_LENGTH = 200;

    private final OrgUnitRepository units;
    private final UnitImporter importer;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrgUnitManagement(
            OrgUnitRepository units,
            UnitImporter importer,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.units = units;
        this.importer = importer;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    // ---- reads, scoped ----

    /** The unit with this id if the current account may see it; 404 otherwise. */
    public OrgUnit get(long id) {
        OrgUnit unit = units.findById(id).orElseThrow(() -> new NotFoundException("org_unit#" + id));
        policy.requireVisible(unit.path(), "org_unit:" + unit.code());
        return unit;
    }

    /**
     * The unit with this code that the current account may see. A code can appear in two dated
     * structures (15016 was Thị trấn Sơn Lư until 30/06/2025 and is Xã Quan Sơn since); the one valid
     * on {@code at} wins, then the newest.
     */
    public OrgUnit getByCode(String code, LocalDate at) {
        Actor actor = policy.requireActor();
        List<OrgUnit> all = units.findByCode(code);
        if (all.isEmpty()) {
            throw new NotFoundException("org_unit:" + code);
        }
        List<OrgUnit> visible =
                all.stream().filter(u -> policy.canSee(actor, u.path())).toList();
        if (visible.isEmpty()) {
            throw policy.refuse(actor, "org_unit:" + code);
        }
        return visible.stream().filter(u -> u.validOn(at)).findFirst().orElse(visible.get(0));
    }

    public List<OrgUnit> children(long parentId) {
        OrgUnit parent = get(parentId);
        return units.children(parent.id(), policy.currentScope());
    }

    /** The top of the tree the current account sees. */
    public List<OrgUnit> roots() {
        return units.roots(policy.currentScope());
    }

    /** Search ignoring case and diacritics ("son ha" finds "Xã Sơn Hà"), within scope. */
    public SearchResult search(String query, String structureCode, int limit) {
        return search(query, structureCode, 0, limit);
    }

    /** One page ({@code page} from 0) of a search. */
    public SearchResult search(String query, String structureCode, int page, int size) {
        String folded = Texts.fold(query);
        Scope scope = policy.currentScope();
        if (folded.isBlank()) {
            return new SearchResult(List.of(), 0);
        }
        String structure = structureCode == null || structureCode.isBlank() ? null : structureCode;
        return new SearchResult(
                units.search(folded, scope, structure, page * size, size), units.countSearch(folded, scope, structure));
    }

    /**
     * Units in scope that changed after {@code since} (renamed, moved, dissolved, re-imported), in
     * id order, one page: for systems that keep a copy of the tree and pull only what changed.
     */
    public SearchResult changedSince(java.time.Instant since, int page, int size) {
        Scope scope = policy.currentScope();
        return new SearchResult(
                units.changedSince(scope, since, page * size, size), units.countChangedSince(scope, since));
    }

    /** Results of a search: the first page and how many matched in all. */
    public record SearchResult(List<OrgUnit> items, long total) {}

    /** The unit's ancestors from the top of the current account's scope down to its parent. */
    public List<OrgUnit> breadcrumbs(OrgUnit unit) {
        Scope scope = policy.currentScope();
        List<OrgUnit> chain = new ArrayList<>(units.onPath(unit.path()));
        chain.removeIf(u -> u.id() == unit.id() || !scope.contains(u.path()));
        chain.sort(Comparator.comparingInt(OrgUnit::level));
        return chain;
    }

    public List<UnitType> types() {
        return units.types();
    }

    public Optional<UnitType> type(String code) {
        return types().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<Structure> structures() {
        return units.structures();
    }

    // ---- reads, unscoped (for modules that already checked, and for start-up) ----

    public Optional<OrgUnit> systemFindById(long id) {
        return units.findById(id);
    }

    /** Units of the given types under {@code pathPrefix}; the caller passes a scope it already checked. */
    public List<OrgUnit> systemUnitsOfTypes(String pathPrefix, List<String> typeCodes) {
        return units.ofTypes(pathPrefix, typeCodes);
    }

    /**
     * Search by name, diacritics ignored, over every unit (the public festival page: the official
     * unit list is public).
     */
    public List<OrgUnit> systemSearch(String query, int limit) {
        String folded = Texts.fold(query);
        return folded.isBlank() ? List.of() : units.search(folded, Scope.ALL, null, limit);
    }

    public Optional<OrgUnit> systemFind(String structureCode, String code) {
        return units.findByStructureAndCode(structureCode, code);
    }

    /**
     * The unit carrying {@code code} without a scope check (the public festival page): the newest one
     * valid on {@code at}, else the newest of all.
     */
    public Optional<OrgUnit> systemFindByCode(String code, LocalDate at) {
        List<OrgUnit> all = units.findByCode(code);
        return all.stream()
                .filter(u -> u.validOn(at))
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    // ---- changes ----

    /**
     * Creates a unit under a visible parent. Administrators create any kind; the standing office
     * creates non-territorial units (committees, departments, agencies, schools, residential areas)
     * in its subtree. The code is generated from the type's prefix and cannot clash with GSO codes,
     * which are digits only.
     */
    @Transactional
    public OrgUnit create(CreateUnit command) {
        policy.requireAnyRole(Role.ADMIN, Role.STANDING_OFFICE);
        OrgUnit parent = get(command.parentId());
        UnitType type =
                type(command.typeCode()).orElseThrow(() -> ValidationException.of("typeCode", "orgunit.type.invalid"));
        if (type.territorial() && !policy.requireActor().has(Role.ADMIN)) {
            throw ValidationException.of("typeCode", "orgunit.type.territorialAdminOnly");
        }
        return insertUnder(parent, type, command);
    }

    /** Start-up only (demo scenario): creates a unit without an account. */
    @Transactional
    public OrgUnit systemCreate(CreateUnit command) {
        OrgUnit parent = units.findById(command.parentId()).orElseThrow(() -> new NotFoundException("parent"));
        UnitType type =
                type(command.typeCode()).orElseThrow(() -> ValidationException.of("typeCode", "orgunit.type.invalid"));
        return insertUnder(parent, type, command);
    }

    private OrgUnit insertUnder(OrgUnit parent, UnitType type, CreateUnit command) {
        String name = checkName(command.name());
        String prefix = type.codePrefix() != null ? type.codePrefix() : "DV";
        String code = prefix + String.format("%06d", units.nextLocalCodeNumber());
        long id = units.nextId();
        LocalDate from = command.validFrom() != null ? command.validFrom() : LocalDate.now(clock);
        if (parent.validTo() != null && from.isAfter(parent.validTo())) {
            // A unit added to a historical structure belongs to that structure's time.
            from = parent.validFrom();
        }
        OrgUnit unit = new OrgUnit(
                id,
                parent.structureCode(),
                code,
                name,
                type.code(),
                parent.level() + 1,
                parent.id(),
                parent.code(),
                parent.path() + id + "/",
                from,
                parent.validTo(),
                0,
                false);
        units.insert(unit);
        events.publishEvent(new UnitCreated(id, code, name, type.code(), parent.code()));
        return units.findById(id).orElseThrow();
    }

    @Transactional
    public OrgUnit rename(RenameUnit command) {
        OrgUnit unit = requireChangeable(command.unitId());
        String name = checkName(command.newName());
        if (name.equals(unit.name())) {
            return unit;
        }
        if (!units.rename(unit.id(), name, command.expectedVersion())) {
            throw new ConflictException("orgunit.changedMeanwhile");
        }
        events.publishEvent(new UnitRenamed(unit.id(), unit.code(), unit.name(), name));
        return units.findById(unit.id()).orElseThrow();
    }

    /** Moves a unit and its whole subtree under a new parent of the same structure. */
    @Transactional
    public OrgUnit move(MoveUnit command) {
        OrgUnit unit = requireChangeable(command.unitId());
        OrgUnit target = get(command.newParentId());
        if (target.path().startsWith(unit.path())) {
            throw ValidationException.of("newParentId", "orgunit.move.intoOwnSubtree");
        }
        if (!target.structureCode().equals(unit.structureCode())) {
            throw ValidationException.of("newParentId", "orgunit.move.otherStructure");
        }
        if (unit.parentId() != null && unit.parentId() == target.id()) {
            return unit;
        }
        String newPath = target.path() + unit.id() + "/";
        int moved = units.moveSubtree(unit.id(), target.id(), unit.path(), newPath, target.level() + 1 - unit.level());
        events.publishEvent(new UnitMoved(
                unit.id(), unit.code(), unit.parentCode(), target.code(), moved - 1, unit.path(), newPath));
        return units.findById(unit.id()).orElseThrow();
    }

    /** Ends a unit (and what is still valid under it) after {@code lastDay}; nothing is deleted. */
    @Transactional
    public OrgUnit dissolve(DissolveUnit command) {
        OrgUnit unit = requireChangeable(command.unitId());
        if (command.lastDay() == null) {
            throw ValidationException.of("lastDay", "orgunit.dissolve.dateRequired");
        }
        if (unit.validFrom() != null && command.lastDay().isBefore(unit.validFrom())) {
            throw ValidationException.of("lastDay", "orgunit.dissolve.beforeStart");
        }
        units.dissolveSubtree(unit.path(), command.lastDay());
        events.publishEvent(new UnitDissolved(unit.id(), unit.code(), unit.name(), command.lastDay()));
        return units.findById(unit.id()).orElseThrow();
    }

    /**
     * Imports an official list as the dated structure {@code structureCode}: all of the file is
     * checked first, then written in one transaction. Re-importing the same file changes nothing.
     */
    public ImportResult importOfficialList(
            String structureCode,
            String structureName,
            LocalDate validFrom,
            LocalDate validTo,
            String fileName,
            byte[] content) {
        policy.requireAnyRole(Role.ADMIN);
        return systemImportOfficialList(structureCode, structureName, validFrom, validTo, fileName, content);
    }

    /** The same import, without an account: for the lists bundled with the application. */
    public ImportResult systemImportOfficialList(
            String structureCode,
            String structureName,
            LocalDate validFrom,
            LocalDate validTo,
            String fileName,
            byte[] content) {
        if (structureCode == null || !structureCode.matches("[A-Za-z0-9_-]{1,20}")) {
            throw ValidationException.of("structureCode", "orgunit.import.structureCode");
        }
        if (structureName == null || structureName.isBlank()) {
            throw ValidationException.of("structureName", "orgunit.import.structureName");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw ValidationException.of("validTo", "orgunit.import.validity");
        }
        return importer.importFile(
                structureCode,
                Texts.clean(structureName),
                validFrom,
                validTo,
                fileName,
                content,
                OffsetDateTime.now(clock));
    }

    private OrgUnit requireChangeable(long unitId) {
        policy.requireAnyRole(Role.ADMIN, Role.STANDING_OFFICE);
        OrgUnit unit = get(unitId);
        boolean admin = policy.requireActor().has(Role.ADMIN);
        boolean territorial = type(unit.typeCode()).map(UnitType::territorial).orElse(true);
        if (territorial && !admin) {
            throw ValidationException.of("unit", "orgunit.type.territorialAdminOnly");
        }
        return unit;
    }

    /** Names are stored NFC, trimmed, at most 200 characters, without control or invisible characters. */
    static String checkName(String raw) {
        String name = Texts.clean(raw);
        if (name == null || name.isEmpty()) {
            throw ValidationException.of("name", "orgunit.name.required");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw ValidationException.of("name", "orgunit.name.tooLong", MAX_NAME_LENGTH);
        }
        boolean bad = name.codePoints()
                .anyMatch(cp -> Character.isISOControl(cp)
                        || Character.getType(cp) == Character.FORMAT
                        || Character.getType(cp) == Character.SURROGATE
                        || Character.getType(cp) == Character.UNASSIGNED
                        || Character.getType(cp) == Character.PRIVATE_USE);
        if (bad) {
            throw ValidationException.of("name", "orgunit.name.invalidChars");
        }
        return name;
    }
}
