package vn.ngayhoi.orgunit.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.security.UnitPaths;

/** Gives the access policy each unit's current path. */
@Component
class JdbcUnitPaths implements UnitPaths {

    private final OrgUnitRepository units;

    JdbcUnitPaths(OrgUnitRepository units) {
        this.units = units;
    }

    @Override
    public Optional<String> pathOf(long unitId) {
        return units.pathOf(unitId);
    }
}
