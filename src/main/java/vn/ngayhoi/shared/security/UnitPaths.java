package vn.ngayhoi.shared.security;

import java.util.Optional;

/**
 * Where a unit sits in the hierarchy, as its materialised path ({@code /12/345/}); implemented by the
 * org-unit module and read fresh on every decision, so a moved unit moves its scope at once.
 */
public interface UnitPaths {

    Optional<String> pathOf(long unitId);
}
