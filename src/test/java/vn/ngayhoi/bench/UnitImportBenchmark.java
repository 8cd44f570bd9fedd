package vn.ngayhoi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.orgunit.internal.UnitImporter;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.support.IntegrationTest;

/**
 * Not part of the test suite (run with {@code mvn -Pbench test}): times the import of the official
 * 2024 list (10,794 units) into a new structure, its idempotent re-import, and the floor: the same
 * rows written by one bare batched INSERT with precomputed ids and paths, no parsing or checks.
 */
@IntegrationTest
class UnitImportBenchmark {

    private static final int RUNS = 5;

    @Autowired
    UnitImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void importOfThe2024List() throws IOException {
        byte[] list;
        try (InputStream in = new ClassPathResource("units/vn-units-2024.csv").getInputStream()) {
            list = in.readAllBytes();
        }
        List<String[]> rows = Arrays.stream(new String(list, StandardCharsets.UTF_8).split("\n"))
                .skip(1)
                .map(l -> l.split(",", -1))
                .toList();

        warmUp(list);
        long[] fresh = new long[RUNS];
        long[] again = new long[RUNS];
        long[] floor = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            String code = "BENCH" + i;
            String raw = "RAW" + i;
            fresh[i] =
                    time(() -> importer.importFile(code, "bench", null, null, "bench.csv", list, OffsetDateTime.now())
                            .created());
            again[i] =
                    time(() -> importer.importFile(code, "bench", null, null, "bench.csv", list, OffsetDateTime.now())
                            .unchanged());
            floor[i] = time(() -> rawInsert(raw, rows));
        }
        report("import into a new structure (parse, check, insert)", fresh);
        report("re-import, nothing changed", again);
        report("floor: one batched INSERT of the same rows", floor);
    }

    private void warmUp(byte[] list) {
        importer.importFile("BENCHWARM", "bench", null, null, "bench.csv", list, OffsetDateTime.now());
        rawInsert(
                "RAWWARM",
                Arrays.stream(new String(list, StandardCharsets.UTF_8).split("\n"))
                        .skip(1)
                        .map(l -> l.split(",", -1))
                        .toList());
    }

    /** The bare minimum the database must do for the same rows: ids and paths computed, no checks. */
    private int rawInsert(String structure, List<String[]> rows) {
        return transactions.execute(status -> {
            jdbc.sql("insert into org_structure (code, name) values (?, 'raw')")
                    .param(structure)
                    .update();
            List<Long> ids = jdbc.sql("select nextval('org_unit_id_seq') from generate_series(1, ?)")
                    .param(rows.size())
                    .query(Long.class)
                    .list();
            java.util.Map<String, long[]> byCode = new java.util.HashMap<>();
            java.util.Map<String, String> paths = new java.util.HashMap<>();
            List<Object[]> batch = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                long id = ids.get(i);
                long[] parent = r[3].isEmpty() ? null : byCode.get(r[3]);
                String path = (parent == null ? "/" : paths.get(r[3])) + id + "/";
                int level = parent == null ? 1 : (int) parent[1] + 1;
                byCode.put(r[0], new long[] {id, level});
                paths.put(r[0], path);
                batch.add(new Object[] {
                    id,
                    structure,
                    r[0],
                    r[1],
                    Texts.fold(r[1]),
                    "COMMUNE",
                    level,
                    parent == null ? null : parent[0],
                    path
                });
            }
            template.batchUpdate(
                    "insert into org_unit (id, structure_code, code, name, name_folded, type_code, level, parent_id, path)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch);
            return batch.size();
        });
    }

    private static long time(LongSupplier work) {
        long start = System.nanoTime();
        long n = work.getAsLong();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (n <= 0) {
            throw new IllegalStateException("the benchmark did no work");
        }
        return ms;
    }

    private static void report(String what, long[] ms) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "BENCH %-55s median %5d ms  min %5d ms  max %5d ms  (%d runs, 10,794 units)%n",
                what, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length);
    }
}
