package vn.ngayhoi.orgunit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.orgunit.UnitEvents.UnitLinkShareSet;
import vn.ngayhoi.orgunit.internal.UnitLinkImporter;
import vn.ngayhoi.orgunit.internal.UnitLinkRepository;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;

/**
 * The links between units of two dated structures (ADR 0035): which 2024 units each 2025 unit was
 * formed from, whole or in part, and the share of a partial predecessor's figures that counts towards
 * the successor. A unit's links are read by whoever may see the unit; the other side is named even when
 * it lies outside the reader's scope, because the official lists are public.
 */
@Service
public class UnitLinks {

    private final UnitLinkRepository links;
    private final UnitLinkImporter importer;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitLinks(
            UnitLinkRepository links,
            UnitLinkImporter importer,
            OrgUnitManagement units,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.importer = importer;
        this.units = units;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** The units a visible unit was formed from ("hình thành từ"). */
    public List<UnitLink> predecessors(OrgUnit unit) {
        units.get(unit.id());
        return links.predecessors(unit.id());
    }

    /** The units a visible unit went into ("nay thuộc"). */
    public List<UnitLink> successors(OrgUnit unit) {
        units.get(unit.id());
        return links.successors(unit.id());
    }

    /** Unscoped, for modules that already checked the unit (history, clones). */
    public List<UnitLink> systemPredecessors(long unitId) {
        return links.predecessors(unitId);
    }

    public List<UnitLink> systemSuccessors(long unitId) {
        return links.successors(unitId);
    }

    /** Links are followed this many reorganisations back (2026 → 2025 → 2024). */
    private static final int MAX_DEPTH = 3;

    /**
     * Every unit a unit was formed from, directly or through earlier reorganisations, nearest first,
     * each once: for records that follow a unit across a merge (evaluations, commendations), where a
     * class or an award is not divided. A unit reached through a partial link anywhere on the way is
     * {@code partial}, with the product of the shares (null while one of them is not set).
     */
    public List<UnitLink> systemLineage(long unitId) {
        List<UnitLink> result = new java.util.ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>(List.of(unitId));
        List<UnitLink> level = List.of(new UnitLink(null, UnitLink.FULL, null));
        List<Long> ids = List.of(unitId);
        for (int depth = 0; depth < MAX_DEPTH && !ids.isEmpty(); depth++) {
            List<UnitLink> nextLevel = new java.util.ArrayList<>();
            List<Long> nextIds = new java.util.ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                UnitLink via = level.get(i);
                for (UnitLink link : links.predecessors(ids.get(i))) {
                    if (!seen.add(link.unit().id())) {
                        continue;
                    }
                    boolean full = via.full() && link.full();
                    BigDecimal share = full
                            ? null
                            : via.countedShare() == null || link.countedShare() == null
                                    ? null
                                    : via.countedShare().multiply(link.countedShare());
                    UnitLink combined = new UnitLink(link.unit(), full ? UnitLink.FULL : UnitLink.PARTIAL, share);
                    result.add(combined);
                    nextLevel.add(combined);
                    nextIds.add(link.unit().id());
                }
            }
            level = nextLevel;
            ids = nextIds;
        }
        return result;
    }

    /**
     * Sets the share of a partial predecessor's figures that counts towards the successor, as a
     * fraction above 0 and at most 1, or null to count none. Administrators only; a full link has no
     * share.
     */
    @Transactional
    public void setShare(long predecessorId, long successorId, BigDecimal share) {
        policy.requireAnyRole(Role.ADMIN);
        units.get(predecessorId);
        units.get(successorId);
        systemSetShare(predecessorId, successorId, share);
    }

    /** The same without an account: the demo scenario's shares. */
    @Transactional
    public void systemSetShare(long predecessorId, long successorId, BigDecimal share) {
        OrgUnit predecessor = units.systemFindById(predecessorId).orElseThrow();
        OrgUnit successor = units.systemFindById(successorId).orElseThrow();
        String kind = links.kind(predecessorId, successorId)
                .orElseThrow(() -> new NotFoundException("org_unit_link:" + predecessorId + ">" + successorId));
        if (!UnitLink.PARTIAL.equals(kind)) {
            throw ValidationException.of("share", "orgunit.links.share.fullLink");
        }
        if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > 4)) {
            throw ValidationException.of("share", "orgunit.links.share.invalid");
        }
        links.setShare(predecessorId, successorId, share);
        events.publishEvent(
                new UnitLinkShareSet(predecessor.code(), successor.code(), successor.structureCode(), share));
    }

    /**
     * Imports a later mapping (a 2026 change) the same way the bundled 2024 → 2025 mapping is: every
     * code checked against both structures first, then written in one transaction; idempotent.
     */
    public LinkImportResult importMapping(String fromStructure, String toStructure, String fileName, byte[] content) {
        policy.requireAnyRole(Role.ADMIN);
        return systemImportMapping(fromStructure, toStructure, fileName, content);
    }

    public LinkImportResult systemImportMapping(
            String fromStructure, String toStructure, String fileName, byte[] content) {
        if (fromStructure == null || fromStructure.isBlank()) {
            throw ValidationException.of("fromStructure", "orgunit.links.error.structure", "");
        }
        if (toStructure == null || toStructure.isBlank()) {
            throw ValidationException.of("toStructure", "orgunit.links.error.structure", "");
        }
        return importer.importFile(
                fromStructure.strip(), toStructure.strip(), fileName, content, OffsetDateTime.now(clock));
    }

    /** How many units of a structure's tier (1 province, 3 commune) are predecessors of a link, and of all. */
    public record Coverage(long linked, long official) {}

    public Coverage systemCoverage(String structure, int tier) {
        return new Coverage(links.linkedPredecessors(structure, tier), links.countOfficial(structure, tier));
    }
}
