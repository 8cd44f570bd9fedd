package vn.ngayhoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The test profile hashes passwords at the lowest BCrypt cost to keep the suite fast; the cost a
 * deployment runs with is the one in application.properties, and it must stay a real one.
 */
class PasswordHashCostTests {

    @Test
    void theShippedConfigurationHashesPasswordsAtCostElevenOrMore() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            assertThat(in).as("application.properties on the class path").isNotNull();
            shipped.load(in);
        }
        assertThat(Integer.parseInt(shipped.getProperty("ngayhoi.security.password-hash-cost")))
                .isGreaterThanOrEqualTo(11);
    }
}
