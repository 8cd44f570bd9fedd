package vn.ngayhoi.orgunit;

/** What an import did: counts of new, renamed and unchanged units, and how long it took. */
public record ImportResult(String structureCode, int created, int renamed, int unchanged, long millis) {

    public int total() {
        return created + renamed + unchanged;
    }
}
