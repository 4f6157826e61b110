package dev.partnercontacts.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shapes of SQL the repositories run again and again — rows to a list, at most one row, an
 * update, an insert that makes a key — each in one {@link Database#transaction} (joining the one
 * under way, so that repositories used together still commit together), with the parameters bound
 * in order: {@code null}, strings, numbers and booleans (stored as 0 or 1).
 *
 * <pre>{@code
 * List<Long> ids = sql.list("SELECT id FROM account WHERE complete IS NULL", rs -> rs.getLong(1));
 * sql.update("UPDATE account SET complete = ? WHERE id = ?", true, accountId);
 * }</pre>
 */
final class Sql {

    /** Reads one row; the result set stands on it. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Database db;

    Sql(Database db) {
        this.db = db;
    }

    /** Every row the query returns, read in order. */
    <T> List<T> list(String query, Row<T> row, Object... params) {
        return db.transaction(c -> list(c, query, row, params));
    }

    /** The first row the query returns, if any. */
    <T> Optional<T> one(String query, Row<T> row, Object... params) {
        return db.transaction(c -> one(c, query, row, params));
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    int update(String statement, Object... params) {
        return db.transaction(c -> update(c, statement, params));
    }

    /** Runs an INSERT and returns the key it made. */
    long insert(String statement, Object... params) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement, PreparedStatement.RETURN_GENERATED_KEYS)) {
                bind(ps, params);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("no key was made: " + statement);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    /** As {@link #list(String, Row, Object...)}, inside a transaction already under way on {@code c}. */
    static <T> List<T> list(Connection c, String query, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        }
    }

    /** As {@link #one(String, Row, Object...)}, inside a transaction already under way on {@code c}. */
    static <T> Optional<T> one(Connection c, String query, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.read(rs)) : Optional.empty();
            }
        }
    }

    /** As {@link #update(String, Object...)}, inside a transaction already under way on {@code c}. */
    static int update(Connection c, String statement, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i] instanceof Boolean b ? (b ? 1 : 0) : params[i];
            ps.setObject(i + 1, p);
        }
    }
}
