package vn.ngayhoi.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.account.AccountEvents.AccountCreated;
import vn.ngayhoi.account.AccountEvents.PasswordChanged;
import vn.ngayhoi.account.AccountEvents.PasswordReset;
import vn.ngayhoi.account.internal.UserRepository;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/** Creates accounts and changes passwords, under the one access policy. */
@Service
public class AccountManagement {

    public static final int MIN_PASSWORD = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final OrgUnitManagement units;
    private final UnitPicker picker;
    private final AccessPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(
            UserRepository users,
            OrgUnitManagement units,
            UnitPicker picker,
            AccessPolicy policy,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.units = units;
        this.picker = picker;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an account; administrators only. Bad input: every problem at once; a taken username: 409. */
    @Transactional
    public UserView create(CreateUser command) {
        policy.requireAnyRole(Role.ADMIN);
        List<Problem> problems = new ArrayList<>();
        String username = Usernames.canonical(command.username());
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,49}")) {
            problems.add(new Problem("username", "account.username.invalid"));
        }
        passwordProblems(command.password()).forEach(problems::add);
        String fullName = Texts.clean(command.fullName());
        if (fullName == null || fullName.isEmpty() || fullName.length() > 200) {
            problems.add(new Problem("fullName", "account.fullName.invalid"));
        }
        String position = Texts.clean(command.position());
        if (position != null && position.length() > 200) {
            problems.add(new Problem("position", "account.position.tooLong"));
        }
        Set<Role> roles = command.roles() == null ? Set.of() : EnumSet.copyOf(nonEmpty(command.roles()));
        if (roles.isEmpty()) {
            problems.add(new Problem("roles", "account.roles.required"));
        }
        OrgUnit unit = null;
        if (command.unitCode() == null || command.unitCode().isBlank()) {
            if (!roles.equals(Set.of(Role.ADMIN))) {
                problems.add(new Problem("unitCode", "account.unit.required"));
            }
        } else {
            try {
                unit = picker.pick("unitCode", command.unitCode(), LocalDate.now(clock));
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (users.exists(username)) {
            throw new ConflictException("account.username.taken", username);
        }
        return insert(username, command.password(), fullName, position, unit, roles);
    }

    /** Start-up only: the first administrator and the demo accounts. */
    @Transactional
    public UserView systemCreate(
            String username, String password, String fullName, String position, OrgUnit unit, Set<Role> roles) {
        List<Problem> problems = passwordProblems(password);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return insert(Usernames.canonical(username), password, fullName, position, unit, roles);
    }

    private UserView insert(
            String username, String password, String fullName, String position, OrgUnit unit, Set<Role> roles) {
        long id;
        try {
            id = users.insert(
                    username,
                    encoder.encode(password),
                    fullName,
                    position,
                    unit == null ? null : unit.id(),
                    roles,
                    OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            // Two creations of one name at once: both passed the check above, the index lets one in.
            throw new ConflictException("account.username.taken", username);
        }
        events.publishEvent(
                new AccountCreated(id, username, unit == null ? "-" : unit.code(), new TreeSet<>(roles).toString()));
        return users.findById(id).orElseThrow();
    }

    /** The signed-in person changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = policy.requireActor();
        var credentials = users.credentials(actor.username()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, credentials.passwordHash())) {
            throw ValidationException.of("currentPassword", "account.password.currentWrong");
        }
        List<Problem> problems = passwordProblems(newPassword);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        users.setPassword(credentials.id(), encoder.encode(newPassword), OffsetDateTime.now(clock));
        events.publishEvent(new PasswordChanged(actor.username()));
    }

    /** An administrator sets a new password for an account in scope (and lifts a lock). */
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        policy.requireAnyRole(Role.ADMIN);
        UserView user = get(userId);
        List<Problem> problems = passwordProblems(newPassword);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        users.setPassword(user.id(), encoder.encode(newPassword), OffsetDateTime.now(clock));
        events.publishEvent(new PasswordReset(user.username()));
    }

    /** An account in the current account's scope; 404 otherwise. */
    public UserView get(long userId) {
        UserView user = users.findById(userId).orElseThrow(() -> new NotFoundException("user#" + userId));
        if (user.unitId() == null) {
            policy.requireAnyRole(Role.ADMIN);
            return user;
        }
        units.get(user.unitId());
        return user;
    }

    public UserView me() {
        return users.findById(policy.requireActor().userId()).orElseThrow();
    }

    /** Accounts in scope whose username, name or unit matches {@code query} (diacritics ignored). */
    public List<UserView> list(String query, int limit) {
        return users.list(policy.currentScope(), Texts.fold(query), limit);
    }

    /** One page of {@link #list}: the accounts page reads only the rows it shows (issue 20). */
    public vn.ngayhoi.shared.Slice<UserView> page(String query, long offset, int limit) {
        return users.page(policy.currentScope(), Texts.fold(query), offset, limit);
    }

    /**
     * The full name of each of {@code usernames} that names an account (keyed in lower case), in one
     * statement without a scope check: the audit trail shows who acted without one query per row.
     */
    public java.util.Map<String, String> systemFullNames(java.util.Collection<String> usernames) {
        return users.fullNames(usernames);
    }

    /** The accounts of one unit, for notices; not scoped (the caller decided who is told). */
    public List<UserView> systemAccountsOfUnit(long unitId) {
        return users.inUnit(unitId);
    }

    /**
     * The enabled accounts of one unit holding any of {@code roles}, for notices at a hand-off; not
     * scoped (the caller decided who is told).
     */
    public List<UserView> systemAccountsOfUnit(long unitId, Role... roles) {
        Set<Role> wanted = EnumSet.noneOf(Role.class);
        wanted.addAll(java.util.Arrays.asList(roles));
        return users.inUnit(unitId).stream()
                .filter(u -> u.roles().stream().anyMatch(wanted::contains))
                .toList();
    }

    /** An account by id, for notices (the daily digest); not scoped. */
    public java.util.Optional<UserView> systemFind(long userId) {
        return users.findById(userId);
    }

    /** An account by its username (any form of it), for notices; not scoped. */
    public java.util.Optional<UserView> systemFindByUsername(String username) {
        return users.findByUsername(Usernames.canonical(username));
    }

    /** Start-up only (demo): an e-mail address for reminders. */
    @Transactional
    public void systemSetEmail(long userId, String email) {
        users.setEmail(userId, email);
    }

    public boolean anyAccountExists() {
        return users.count() > 0;
    }

    public boolean anyAdminExists() {
        return users.countWithRole(Role.ADMIN) > 0;
    }

    static List<Problem> passwordProblems(String password) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            problems.add(new Problem("password", "account.password.tooShort", MIN_PASSWORD));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new Problem("password", "account.password.tooLong", MAX_PASSWORD_BYTES));
        }
        return problems;
    }

    private static Set<Role> nonEmpty(Set<Role> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.stream().filter(r -> r != null).forEach(set::add);
        return set;
    }
}
