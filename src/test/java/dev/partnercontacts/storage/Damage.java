package dev.partnercontacts.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Damage to a closed data file that only SQLite's integrity check finds: reading the data never
 * touches it, so a start-up that reads first and checks after opens such a file.
 */
public final class Damage {

    private Damage() {
    }

    /**
     * Frees some pages (settings written for the purpose and deleted again) and scribbles over the
     * freelist's first trunk page, where only a write that needs a new page, or
     * {@code PRAGMA quick_check}, would look. Checks that quick_check now fails.
     */
    public static void inTheFreelist(Path file) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                for (int i = 0; i < 40; i++) {
                    ps.setString(1, "damage." + i);
                    ps.setString(2, "x".repeat(2_000));
                    ps.executeUpdate();
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM setting WHERE key LIKE 'damage.%'");
            }
            c.commit();
        }
        // Closed: the write-ahead log is in the file and gone.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] header = new byte[100];
            raf.readFully(header);
            ByteBuffer b = ByteBuffer.wrap(header);
            int pageSize = Short.toUnsignedInt(b.getShort(16));
            int trunk = b.getInt(32);
            assertThat(trunk).as("a freelist trunk page").isPositive();
            // A trunk page: the next trunk page, then how many leaf pages it lists.
            raf.seek((long) (trunk - 1) * pageSize + 4);
            raf.writeInt(0x7fff_ffff);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            assertThat(rs.getString(1)).as("quick_check after the damage").isNotEqualTo("ok");
        }
    }
}
