package vn.ngayhoi.shared.jobs;

import java.lang.management.ManagementFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a scheduled job run once per due time however many application instances share the database
 * (ADR 0033): each instance's scheduler fires, and the first to insert the run's row in
 * {@code job_run} does the work; the others find the row and skip. The row is inserted in its own
 * statement (auto-commit), so a claim is visible to every instance at once; a run that fails after
 * its claim is not retried by another instance that day, and the jobs are written to be safe to run
 * again by hand.
 */
@Component
public class JobRuns {

    private final JdbcClient jdbc;
    private final String instance;

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.instance = ManagementFactory.getRuntimeMXBean().getName();
    }

    /** True for exactly one caller per job and due time (such as the day, {@code 2026-11-30}). */
    public boolean claim(String job, String due) {
        return jdbc.sql("insert into job_run (job, due, instance) values (?, ?, ?) on conflict do nothing")
                        .params(job, due, instance)
                        .update()
                == 1;
    }

    /** The instance that claimed a run, if any (for the operator and the tests). */
    public java.util.Optional<String> claimedBy(String job, String due) {
        return jdbc.sql("select instance from job_run where job = ? and due = ?")
                .params(job, due)
                .query(String.class)
                .optional();
    }
}
