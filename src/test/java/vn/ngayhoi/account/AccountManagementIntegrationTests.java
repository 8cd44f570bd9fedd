package vn.ngayhoi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

@IntegrationTest
class AccountManagementIntegrationTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'sonha'")
                .query(String.class)
                .single();
        // The cost is the profile's (application-test lowers it; PasswordHashCostTests holds the shipped one).
        assertThat(hash).matches("\\$2a\\$\\d\\d\\$[./A-Za-z0-9]{53}").doesNotContain("Quanson");
        assertThat(encoder.matches("Quanson@2022", hash)).isTrue();
    }

    @Test
    void accountSearchIgnoresDiacriticsAndStaysInScope() {
        signedIn.as("admin");
        assertThat(accounts.list("lo thi hoa", 10))
                .extracting(UserView::username)
                .containsExactly("sonha");
        assertThat(accounts.list("son ha", 10)).extracting(UserView::username).contains("sonha");

        signedIn.as("thuongtruc");
        assertThat(accounts.list("", 100))
                .extracting(UserView::username)
                .contains("sonha", "muongmin", "noivu", "chutich")
                .doesNotContain("admin");

        signedIn.as("muongmin");
        long sonHaUser = jdbc.sql("select id from app_user where username = 'sonha'")
                .query(Long.class)
                .single();
        assertThat(accounts.list("", 100)).extracting(UserView::username).containsExactly("muongmin");
        assertThatThrownBy(() -> accounts.get(sonHaUser)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void changingOneselfsPasswordNeedsTheCurrentOneAndTenCharacters() {
        signedIn.as("admin");
        accounts.create(
                new CreateUser("doi.matkhau", "Mat-khau-cu-1", "Đổi Mật Khẩu", null, "15019", Set.of(Role.VIEWER)));
        signedIn.as("doi.matkhau");

        assertThatThrownBy(() -> accounts.changeOwnPassword("sai-mat-khau", "Mat-khau-moi-1"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("account.password.currentWrong"));
        assertThatThrownBy(() -> accounts.changeOwnPassword("Mat-khau-cu-1", "ngan"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accounts.changeOwnPassword("Mat-khau-cu-1", "ư".repeat(40)))
                .as("80 bytes is beyond what BCrypt reads")
                .isInstanceOf(ValidationException.class);

        accounts.changeOwnPassword("Mat-khau-cu-1", "Mat-khau-moi-1");
        String hash = jdbc.sql("select password_hash from app_user where username = 'doi.matkhau'")
                .query(String.class)
                .single();
        assertThat(encoder.matches("Mat-khau-moi-1", hash)).isTrue();
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'PASSWORD_CHANGED' and actor = 'doi.matkhau'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anAdministratorResetsAPasswordAndLiftsALock() {
        signedIn.as("admin");
        UserView user = accounts.create(
                new CreateUser("bi.khoa", "Mat-khau-cu-1", "Bị Khóa", null, "15022", Set.of(Role.UNIT_OFFICER)));
        jdbc.sql("update app_user set locked_until = now() + interval '1 day', failed_attempts = 3 where id = ?")
                .param(user.id())
                .update();

        accounts.resetPassword(user.id(), "Mat-khau-moi-2");

        assertThat(jdbc.sql("select locked_until is null and failed_attempts = 0 from app_user where id = ?")
                        .param(user.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        signedIn.as("thuongtruc");
        assertThatThrownBy(() -> accounts.resetPassword(user.id(), "Mat-khau-moi-3"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
