package vn.ngayhoi.bench;

import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

/**
 * Not part of the test suite ({@code mvn -Pbench test -Dtest=PlanRenderBenchmark}): renders the demo
 * 2022 Quan Sơn plan, as stored, to DOCX and PDF, against the floor of reading the frozen bytes.
 */
@IntegrationTest
class PlanRenderBenchmark {

    @Autowired
    PlanManagement plans;

    @Autowired
    vn.ngayhoi.plan.PlanFiles files;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        new SignedIn(users).clear();
    }

    @Test
    void renderTheDemoPlan() {
        new SignedIn(users).as("thuongtruc");
        long id = jdbc.sql(
                        "select p.id from plan p join campaign c on c.id = p.campaign_id where c.year = 2022 and p.parent_plan_id is null")
                .query(Long.class)
                .single();
        OfficialDocument doc = files.document(id);
        for (int i = 0; i < 10; i++) {
            renderer.docx(doc);
            renderer.pdf(doc);
        }
        report("demo plan → DOCX", 20, () -> renderer.docx(files.document(id)));
        report("demo plan → PDF", 10, () -> renderer.pdf(files.document(id)));
        report(
                "floor: the frozen PDF read back",
                20,
                () -> files.frozen(id).orElseThrow().pdf());
    }

    private static void report(String what, int runs, Supplier<byte[]> work) {
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            byte[] out = work.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            if (out.length == 0) {
                throw new IllegalStateException("nothing rendered");
            }
        }
        Arrays.sort(ms);
        System.out.printf(
                "BENCH %-40s median %5d ms  min %5d ms  max %5d ms  (%d runs)%n",
                what, ms[runs / 2], ms[0], ms[runs - 1], runs);
    }
}
