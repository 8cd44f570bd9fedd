package vn.ngayhoi.support;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.task.TaskManagement;

/**
 * A task of a test's own for xã Sơn Hà in the demo campaign, added by the district by hand: the demo's
 * own Sơn Hà tasks may all be done, whatever ran before.
 */
public final class DemoTasks {

    private DemoTasks() {}

    public static long forSonHa(ApplicationContext context, String title, String duty, LocalDate due) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        long sonHa = jdbc.sql("select id from org_unit where code = '15004' and structure_code = '2024'")
                .query(Long.class)
                .single();
        long quanSon = jdbc.sql("select id from org_unit where code = '387' and structure_code = '2024'")
                .query(Long.class)
                .single();
        return context.getBean(TaskManagement.class)
                .systemCreate(campaign, null, null, title, duty, sonHa, quanSon, List.of(), due)
                .id();
    }
}
