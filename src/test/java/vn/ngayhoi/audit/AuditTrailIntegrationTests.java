package vn.ngayhoi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.IntegrationTest;

@IntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @Test
    void theTrailRefusesUpdatesAndDeletesEvenFromTheApplicationsOwnConnection() {
        long before =
                jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThat(before).isPositive();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void startUpChangesAreOnRecordAndTheTrailFilters() {
        var created = trail.find(new AuditQuery("", "ACCOUNT_CREATED", "user:sonha", null, null, 0, 10));
        assertThat(created).hasSize(1);
        assertThat(created.get(0).actor()).isEqualTo("system");
        assertThat(created.get(0).summary()).contains("15004").contains("UNIT_OFFICER");
        assertThat(trail.count(new AuditQuery("", "UNITS_IMPORTED", "", null, null, 0, 10)))
                .isGreaterThanOrEqualTo(2);
        assertThat(trail.actions()).contains("ACCOUNT_CREATED", "UNIT_CREATED", "UNITS_IMPORTED");
    }
}
