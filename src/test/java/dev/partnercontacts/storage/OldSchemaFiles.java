package dev.partnercontacts.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Data files as an older release left them: the schema up to a version, then rows written with SQL. */
public final class OldSchemaFiles {

    private OldSchemaFiles() {
    }

    /** Creates {@code file} at schema {@code version} (no later migration applied) and runs {@code rows} in it. */
    public static Path create(Path file, int version, String... rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (List<Migrations.Step> migration : Migrations.ALL.subList(0, version)) {
                for (Migrations.Step step : migration) {
                    step.apply(c);
                }
            }
            s.execute("PRAGMA user_version = " + version);
            for (String row : rows) {
                s.execute(row);
            }
        }
        return file;
    }
}
