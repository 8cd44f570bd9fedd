package vn.ngayhoi.account.web;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.CreateUser;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.shared.security.Role;

/** {@code GET /api/v1/me} and {@code POST /api/v1/users}. */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    private final AccountManagement accounts;

    AccountApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record Me(String username, String fullName, String unitCode, List<Role> roles) {}

    record NewUser(
            String username, String password, String fullName, String position, String unitCode, Set<Role> roles) {}

    record UserDto(
            long id,
            String username,
            String fullName,
            String position,
            String unitCode,
            String unitName,
            List<Role> roles) {
        static UserDto of(UserView u) {
            return new UserDto(
                    u.id(), u.username(), u.fullName(), u.position(), u.unitCode(), u.unitName(), sorted(u.roles()));
        }
    }

    @GetMapping("/me")
    Me me() {
        UserView u = accounts.me();
        return new Me(u.username(), u.fullName(), u.unitCode(), sorted(u.roles()));
    }

    @PostMapping("/users")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserDto> create(@RequestBody NewUser body) {
        UserView created = accounts.create(new CreateUser(
                body.username(), body.password(), body.fullName(), body.position(), body.unitCode(), body.roles()));
        return ResponseEntity.status(HttpStatus.CREATED).body(UserDto.of(created));
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }
}
