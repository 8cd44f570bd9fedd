package vn.ngayhoi.orgunit;

/**
 * What an import of a merge mapping did: links created, links whose kind changed, links already
 * there, and rows skipped as known stale codes (SOURCES.md).
 */
public record LinkImportResult(
        String fromStructure, String toStructure, int created, int changed, int unchanged, int skipped, long millis) {

    public int total() {
        return created + changed + unchanged;
    }
}
