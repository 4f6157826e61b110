package dev.partnercontacts.storage;

import dev.partnercontacts.domain.ActivityEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The account's activity log: who changed what, when. Entries are written with the change they describe. */
public final class ActivityRepository {

    private final Database db;

    public ActivityRepository(Database db) {
        this.db = db;
    }

    /** The newest entries first. */
    public List<ActivityEntry> recent(long accountId, int limit) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT at, actor, action, detail FROM activity WHERE account_id = ? ORDER BY id DESC LIMIT ?")) {
                ps.setLong(1, accountId);
                ps.setInt(2, limit);
                List<ActivityEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new ActivityEntry(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return entries;
            }
        });
    }

    /** Writes an entry inside the caller's transaction. */
    static void record(Connection c, long accountId, String at, String actor, String action, String detail)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO activity(account_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, accountId);
            ps.setString(2, at);
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, detail);
            ps.executeUpdate();
        }
    }
}
