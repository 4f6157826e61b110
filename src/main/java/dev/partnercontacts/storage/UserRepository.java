package dev.partnercontacts.storage;

import dev.partnercontacts.domain.Change;
import dev.partnercontacts.domain.Changes;
import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.Problem;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.RuleViolation;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The account's portal users. Each change checks the {@link Users} rules against the users in
 * the same transaction, so two quick changes cannot leave the account without an Administrator.
 */
public final class UserRepository {

    private final Database db;
    private final Users rules;
    private final Clock clock;
    private final HistoryRepository history;

    public UserRepository(Database db, Users rules, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.clock = clock;
        this.history = new HistoryRepository(db, clock);
    }

    /** The users in the order they were added. */
    public List<PortalUser> list(long accountId) {
        return db.transaction(c -> read(c, accountId));
    }

    /**
     * Adds a user.
     *
     * @throws RuleViolation with the problems by field when the user is not acceptable
     */
    public PortalUser add(long accountId, String name, String email, UserRole role, String actor) {
        return db.transaction(c -> {
            List<Problem> problems = rules.checkNew(read(c, accountId), name, email, role);
            if (!problems.isEmpty()) {
                throw new RuleViolation(problems);
            }
            PortalUser typed = new PortalUser(0, name, email, role);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO portal_user(account_id, name, email, email_key, role, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, accountId);
                ps.setString(2, typed.name());
                ps.setString(3, typed.email());
                ps.setString(4, typed.emailKey());
                ps.setString(5, role.name());
                ps.setString(6, Instant.now(clock).toString());
                ps.executeUpdate();
                long id;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                PortalUser user = new PortalUser(id, typed.name(), typed.email(), role);
                history.record(accountId, actor, List.of(
                        Change.of(Change.Kind.USER_ADDED, null, user.email(), user.name(), "", role.name())));
                return user;
            }
        });
    }

    /**
     * Removes a user; it stops being an alert contact.
     *
     * @throws RuleViolation when it is the last Administrator
     */
    public void remove(long accountId, long userId, String actor) {
        db.transaction(c -> {
            List<PortalUser> users = read(c, accountId);
            Optional<String> problem = rules.checkRemove(users, userId);
            if (problem.isPresent()) {
                throw new RuleViolation(List.of(Problem.of(FieldPath.user(FieldPath.UserField.LIST), problem.get())));
            }
            Optional<PortalUser> removed = users.stream().filter(u -> u.id() == userId).findFirst();
            if (removed.isEmpty()) {
                return null;
            }
            PortalUser user = removed.get();
            boolean wasAlert = isAlertContact(c, accountId, userId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM portal_user WHERE id = ? AND account_id = ?")) {
                ps.setLong(1, userId);
                ps.setLong(2, accountId);
                ps.executeUpdate();
            }
            List<Change> changes = new ArrayList<>();
            changes.add(Change.of(Change.Kind.USER_REMOVED, null, user.email(), user.name(), user.role().name(), ""));
            if (wasAlert) {
                changes.add(Change.of(Change.Kind.ALERT_REMOVED, Role.ALERT, user.email(), user.name(), "", ""));
            }
            history.record(accountId, actor, changes);
            return null;
        });
    }

    /**
     * Changes a user's role.
     *
     * @throws RuleViolation when it would demote the last Administrator
     */
    public void changeRole(long accountId, long userId, UserRole role, String actor) {
        db.transaction(c -> {
            List<PortalUser> users = read(c, accountId);
            Optional<String> problem = rules.checkRoleChange(users, userId, role);
            if (problem.isPresent()) {
                throw new RuleViolation(List.of(Problem.of(FieldPath.user(FieldPath.UserField.LIST), problem.get())));
            }
            Optional<PortalUser> user = users.stream().filter(u -> u.id() == userId).findFirst();
            if (user.isEmpty() || user.get().role() == role) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE portal_user SET role = ? WHERE id = ? AND account_id = ?")) {
                ps.setString(1, role.name());
                ps.setLong(2, userId);
                ps.setLong(3, accountId);
                ps.executeUpdate();
            }
            history.record(accountId, actor, Changes.userRole(user.get(), role));
            return null;
        });
    }

    /**
     * Makes the account's users exactly {@code wanted}, matched to stored users by e-mail address
     * ({@link dev.partnercontacts.domain.EmailAddress#key}): missing ones are added, absent ones removed (they stop being alert
     * contacts), roles and names follow. For data already checked with the {@link Users} rules as
     * a whole (a bundle, the sync server); records nothing itself.
     *
     * @return the changes made, for the caller's history
     */
    public List<Change> replaceAll(long accountId, List<PortalUser> wanted) {
        return db.transaction(c -> {
            List<PortalUser> current = read(c, accountId);
            List<Change> changes = UserDiff.changes(current, wanted);
            for (PortalUser u : current) {
                Optional<PortalUser> w = UserDiff.byEmail(wanted, u.emailKey());
                if (w.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM portal_user WHERE id = ? AND account_id = ?")) {
                        ps.setLong(1, u.id());
                        ps.setLong(2, accountId);
                        ps.executeUpdate();
                    }
                } else if (w.get().role() != u.role() || !w.get().name().equals(u.name())) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE portal_user SET role = ?, name = ? WHERE id = ? AND account_id = ?")) {
                        ps.setString(1, w.get().role().name());
                        ps.setString(2, w.get().name());
                        ps.setLong(3, u.id());
                        ps.setLong(4, accountId);
                        ps.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO portal_user(account_id, name, email, email_key, role, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (PortalUser w : wanted) {
                    if (UserDiff.byEmail(current, w.emailKey()).isEmpty()) {
                        ps.setLong(1, accountId);
                        ps.setString(2, w.name());
                        ps.setString(3, w.email());
                        ps.setString(4, w.emailKey());
                        ps.setString(5, w.role().name());
                        ps.setString(6, Instant.now(clock).toString());
                        ps.executeUpdate();
                    }
                }
            }
            return changes;
        });
    }

    private static boolean isAlertContact(Connection c, long accountId, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM alert_contact WHERE account_id = ? AND user_id = ?")) {
            ps.setLong(1, accountId);
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<PortalUser> read(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, email, role FROM portal_user WHERE account_id = ? ORDER BY id")) {
            ps.setLong(1, accountId);
            List<PortalUser> users = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UserRole role;
                    try {
                        role = UserRole.valueOf(rs.getString(4));
                    } catch (IllegalArgumentException e) {
                        role = UserRole.READ_ONLY;
                    }
                    users.add(new PortalUser(rs.getLong(1), rs.getString(2), rs.getString(3), role));
                }
            }
            return users;
        }
    }
}
