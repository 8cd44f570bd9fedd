package vn.ngayhoi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(NgayhoiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "web", "orgunit", "account", "audit", "demo");
        MODULES.verify();
    }
}
