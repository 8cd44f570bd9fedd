package vn.ngayhoi.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.SignedIn;

/** A unit is named by its code or its name, diacritics ignored, within scope; several fits are refused. */
@IntegrationTest
class UnitPickerIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2022, 8, 10);

    @Autowired
    UnitPicker picker;

    @Autowired
    UserDetailsService userDetails;

    @LocalServerPort
    int port;

    SignedIn signedIn;

    @AfterEach
    void clear() {
        if (signedIn != null) {
            signedIn.clear();
        }
    }

    @Test
    void aNameWithoutAccentsACodeOrTheFullNameFindsTheUnit() {
        signedIn = new SignedIn(userDetails);
        signedIn.as("thuongtruc");
        assertThat(picker.pick("unit", "son ha", DAY).code()).isEqualTo("15004");
        assertThat(picker.pick("unit", "Xã Sơn Hà", DAY).code()).isEqualTo("15004");
        assertThat(picker.pick("unit", "15004", DAY).name()).isEqualTo("Xã Sơn Hà");
        assertThat(picker.pick("unit", "muong min", DAY).code()).isEqualTo("15025");
    }

    @Test
    void severalFitsAndUnitsOutOfScopeAreRefusedNamingTheField() {
        signedIn = new SignedIn(userDetails);
        signedIn.as("thuongtruc");
        // "Sơn" fits Sơn Hà, Sơn Điện, Sơn Thủy, Sơn Lư…: listed, never guessed.
        assertThatThrownBy(() -> picker.pick("units", "son", DAY))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0))
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("units");
                            assertThat(p.messageKey()).isEqualTo("orgunit.pick.several");
                        }));
        signedIn.as("sonha");
        assertThatThrownBy(() -> picker.pick("units", "muong min", DAY))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(
                                ((ValidationException) e).problems().get(0).messageKey())
                        .isEqualTo("orgunit.pick.none"));
    }

    @Test
    void theSuggestionsShowNamesAndSendCodes() {
        PageClient page = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
        String html = page.get("/org-units/options?unitCode=son%20ha").body();
        assertThat(html).contains("<option value=\"15004\">Xã Sơn Hà</option>");
        assertThat(html).doesNotContain("Mường Mìn");
    }
}
