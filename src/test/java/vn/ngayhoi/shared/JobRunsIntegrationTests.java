package vn.ngayhoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ngayhoi.shared.jobs.JobRuns;
import vn.ngayhoi.support.IntegrationTest;

/** A scheduled job's run is claimed once per due time, however many instances fire at once. */
@IntegrationTest
class JobRunsIntegrationTests {

    @Autowired
    JobRuns runs;

    @Test
    void eightInstancesFiringAtOnceGiveOneRun() throws Exception {
        String job = "test-job-" + System.nanoTime();
        List<Callable<Boolean>> firings = IntStream.range(0, 8)
                .<Callable<Boolean>>mapToObj(i -> () -> runs.claim(job, "2048-08-15"))
                .toList();
        var pool = Executors.newFixedThreadPool(8);
        try {
            long winners = pool.invokeAll(firings).stream()
                    .filter(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .count();
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs.claimedBy(job, "2048-08-15")).isPresent();
        assertThat(runs.claim(job, "2048-08-16")).as("the next day runs again").isTrue();
    }
}
