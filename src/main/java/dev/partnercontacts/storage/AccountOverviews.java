package dev.partnercontacts.storage;

import dev.partnercontacts.domain.AccountOverview;
import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every account of the file as the Accounts page lists it, read in five queries whatever the
 * number of accounts (one per table, grouped by account), not five per account: 1,000 accounts
 * are read in a few milliseconds. The draft's name comes out of its JSON inside SQLite.
 */
public final class AccountOverviews {

    private static final String ACCOUNTS = """
            SELECT a.id, a.key, a.name, a.partner_id, a.integration, a.environment, coalesce(a.complete, 0),
                   a.support_247, a.submitted_at, a.confirmed_at, d.account_id IS NOT NULL,
                   CASE WHEN json_valid(d.body) THEN json_extract(d.body, '$.details.settings.name') END
            FROM account a
            LEFT JOIN draft d ON d.account_id = a.id
            ORDER BY a.id""";
    /** The contact roles, in the order of the counts in {@link #CONTACTS}. */
    private static final List<Role> CONTACT_ROLES = Arrays.stream(Role.values())
            .filter(r -> r.kind() == Role.Kind.CONTACTS).toList();
    /** One row per account, with a count per contact role: a third of the time of a row per role. */
    private static final String CONTACTS = "SELECT account_id, "
            + CONTACT_ROLES.stream().map(r -> "sum(role = '" + r.key() + "'), ").collect(Collectors.joining())
            + "group_concat(email, ' ') FROM contact GROUP BY account_id";
    private static final String WINDOWS = "SELECT account_id, count(*) FROM support_window GROUP BY account_id";
    private static final String ALERTS = "SELECT account_id, count(*) FROM alert_contact GROUP BY account_id";
    private static final String USERS = "SELECT account_id, group_concat(email, ' ') FROM portal_user GROUP BY account_id";

    private final Database db;

    public AccountOverviews(Database db) {
        this.db = db;
    }

    /** Every account of the file, in the order they were created. Blocking I/O. */
    public List<AccountOverview> all() {
        return db.transaction(this::read);
    }

    private List<AccountOverview> read(Connection c) throws SQLException {
        Map<Long, Map<Role, Integer>> entries = new HashMap<>();
        Map<Long, StringBuilder> addresses = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(CONTACTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Map<Role, Integer> counts = entries.computeIfAbsent(id, k -> new EnumMap<>(Role.class));
                for (int i = 0; i < CONTACT_ROLES.size(); i++) {
                    counts.put(CONTACT_ROLES.get(i), rs.getInt(2 + i));
                }
                addresses.computeIfAbsent(id, k -> new StringBuilder()).append(' ')
                        .append(rs.getString(2 + CONTACT_ROLES.size()));
            }
        }
        count(c, WINDOWS, Role.OPS_SUPPORT, entries);
        count(c, ALERTS, Role.ALERT, entries);
        try (PreparedStatement ps = c.prepareStatement(USERS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                addresses.computeIfAbsent(rs.getLong(1), k -> new StringBuilder()).append(' ').append(rs.getString(2));
            }
        }
        List<AccountOverview> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ACCOUNTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                AccountSettings settings = new AccountSettings(rs.getString(3), rs.getString(4),
                        Integration.valueOf(rs.getString(5)), Environment.valueOf(rs.getString(6)));
                boolean complete = rs.getInt(7) == 1;
                Instant submitted = instant(rs.getString(9));
                Instant confirmed = latest(submitted, instant(rs.getString(10)));
                list.add(new AccountOverview(id, rs.getString(2), settings.name(), rs.getString(12), settings.partnerId(),
                        settings.integration(), settings.environment(), complete,
                        complete ? java.util.Set.of() : AccountOverview.missingRoles(settings, rs.getInt(8) == 1,
                                entries.getOrDefault(id, Map.of())),
                        submitted, confirmed, rs.getBoolean(11), addresses.getOrDefault(id, new StringBuilder()).toString().strip()));
            }
        }
        return list;
    }

    private static void count(Connection c, String sql, Role role, Map<Long, Map<Role, Integer>> entries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Role.class)).put(role, rs.getInt(2));
            }
        }
    }

    private static Instant instant(String text) {
        return text == null || text.isEmpty() ? null : Instant.parse(text);
    }

    /** The later of two moments compared as instants (their texts' fractions differ in length). */
    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
