package dev.partnercontacts.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A second process for the one-writer tests. {@code probe FILE} tries to open the file for
 * writing, then read-only, and prints one line for each: {@code OPENED}, or
 * {@code REFUSED <kind> <exception class>}; for read-only, {@code READ <account id>} or
 * {@code READ-REFUSED <kind>}, then {@code WRITE-REFUSED <kind>} or {@code WRITTEN} for a write
 * through it. {@code hold FILE} opens the file, prints {@code HOLDING} and keeps it open until its
 * standard input ends.
 */
public final class StorageProbe {

    private StorageProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (Database db = Database.open(file)) {
                System.out.println("HOLDING");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the end of standard input
                }
            }
            return;
        }
        try (Database db = Database.open(file)) {
            System.out.println("OPENED");
        } catch (StorageException e) {
            System.out.println("REFUSED " + e.kind() + " " + e.getClass().getSimpleName());
        }
        try (Database db = Database.openReadOnly(file)) {
            AccountRepository accounts = new AccountRepository(db, Clock.systemUTC());
            System.out.println("READ " + accounts.firstOrNewAccountId());
            try {
                new SettingsRepository(db).put("probe", "was here");
                System.out.println("WRITTEN");
            } catch (StorageException e) {
                System.out.println("WRITE-REFUSED " + e.kind());
            }
        } catch (StorageException e) {
            System.out.println("READ-REFUSED " + e.kind());
        }
        System.out.flush();
    }
}
