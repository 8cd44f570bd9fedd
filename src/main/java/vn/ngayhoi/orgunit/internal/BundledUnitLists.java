package vn.ngayhoi.orgunit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.ImportResult;

/**
 * The official lists shipped with the application (see units/SOURCES.md), imported once on a new
 * database: the three-level structure valid until 30/06/2025 and the two-level one from 01/07/2025.
 */
@Component
@Order(10)
public class BundledUnitLists implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledUnitLists.class);

    public static final String STRUCTURE_2024 = "2024";
    public static final String STRUCTURE_2025 = "2025";

    public static final String MERGES_2025 = "units/vn-units-2025-merges.csv";

    private final UnitImporter importer;
    private final UnitLinkImporter links;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    BundledUnitLists(
            UnitImporter importer,
            UnitLinkImporter links,
            JdbcClient jdbc,
            Clock clock,
            @Value("${ngayhoi.units.import-bundled:true}") boolean enabled) {
        this.importer = importer;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        importMissing();
    }

    /** Imports each bundled list whose structure is not in the database yet. */
    public void importMissing() {
        if (!enabled) {
            return;
        }
        importIfMissing(
                STRUCTURE_2024,
                "Cơ cấu 3 cấp (đến 30/06/2025)",
                null,
                LocalDate.of(2025, 6, 30),
                "units/vn-units-2024.csv");
        importIfMissing(
                STRUCTURE_2025,
                "Cơ cấu 2 cấp (từ 01/07/2025)",
                LocalDate.of(2025, 7, 1),
                null,
                "units/vn-units-2025.csv");
        boolean linked = jdbc.sql("select count(*) from org_unit_link where source_file = ?")
                        .param(MERGES_2025)
                        .query(Long.class)
                        .single()
                > 0;
        if (!linked) {
            var result = links.importFile(
                    STRUCTURE_2024, STRUCTURE_2025, MERGES_2025, read(MERGES_2025), OffsetDateTime.now(clock));
            log.info("Linked {} units of 2024 to 2025 in {} ms", result.total(), result.millis());
        }
    }

    private void importIfMissing(String code, String name, LocalDate from, LocalDate to, String resource) {
        boolean present = jdbc.sql("select count(*) from org_structure where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
        if (present) {
            return;
        }
        ImportResult result =
                importer.importFile(code, name, from, to, resource, read(resource), OffsetDateTime.now(clock));
        log.info("Imported {} units of structure {} in {} ms", result.total(), code, result.millis());
    }

    static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
