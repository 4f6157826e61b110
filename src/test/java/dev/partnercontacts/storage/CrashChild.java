package dev.partnercontacts.storage;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;

/**
 * The child process of {@link CrashSafetyTest}: opens the real storage layer on a file and saves
 * forever, with increasing sequence numbers, until it is killed. It prints {@code ACK <kind> <n>}
 * only after the save's transaction has returned (committed), and first, before writing
 * anything, what it finds in the file: {@code READY <next> <draft> <submit> <user> <users>}
 * (the highest sequence number of each kind, -1 for none, and the number of users).
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        PrintStream out = System.out;
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC(),
                    new Backups(file, Clock.systemUTC(), 3));
            long account = store.currentAccountId();
            State s = State.read(db, store, account);
            out.println("READY " + (s.highest() + 1) + " " + s.draft + " " + s.submit + " " + s.user + " " + s.users);
            out.flush();
            for (long seq = s.highest() + 1; ; seq++) {
                String kind;
                switch ((int) (seq % 5)) {
                    case 0, 1, 3 -> {
                        store.saveDraft(account, details("Draft " + seq, seq));
                        kind = "draft";
                    }
                    case 2 -> {
                        store.addUser(account, "User " + seq, "u" + seq + "@example.com",
                                s.users == 0 ? UserRole.ADMINISTRATOR : UserRole.EDITOR, "crash-test");
                        s = new State(s.draft, s.submit, seq, s.users + 1);
                        kind = "user";
                    }
                    default -> {
                        store.submit(account, details("Submit " + seq, seq), "crash-test");
                        store.backUpAfterSubmit();
                        kind = "submit";
                    }
                }
                out.println("ACK " + kind + " " + seq);
                out.flush();
            }
        }
    }

    /** Details that differ with every sequence number, big enough to span several pages. */
    static ContactDetails details(String name, long seq) {
        return Fixtures.complete()
                .withSettings(new AccountSettings(name, Long.toString(seq), null, null))
                .withContacts(Role.TECH_EMERGENCY, List.of(
                        new Contact("oncall" + seq + "@example.com", "On call " + "x".repeat((int) (seq % 90)), ""),
                        new Contact("pager" + seq + "@example.com", "Pager", "+390212345678")));
    }

    /** The highest sequence number of each kind found in the file; -1 for none. */
    record State(long draft, long submit, long user, long users) {

        long highest() {
            return Math.max(Math.max(draft, submit), user);
        }

        static State read(Database db, SqliteAccountStore store, long account) {
            long draft = store.loadDraft(account).map(d -> Long.parseLong(d.settings().partnerId())).orElse(-1L);
            String name = store.loadStored(account).settings().name();
            long submit = name.startsWith("Submit ") ? Long.parseLong(name.substring("Submit ".length())) : -1;
            long[] users = db.transaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*), coalesce(max(CAST(substr(name, 6) AS INTEGER)), -1) FROM portal_user")) {
                    try (ResultSet rs = ps.executeQuery()) {
                        return new long[] {rs.getLong(1), rs.getLong(2)};
                    }
                }
            });
            return new State(draft, submit, users[1], users[0]);
        }
    }
}
