package dev.partnercontacts.bench;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.Fixtures;
import dev.partnercontacts.domain.Gate;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import dev.partnercontacts.task.Tasks;
import dev.partnercontacts.ui.workspace.AccountCommands;
import dev.partnercontacts.ui.workspace.Snapshot;
import dev.partnercontacts.ui.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Submit → unlock at scale: in a file with 1,000 accounts and 1,000,000 history entries (the one
 * {@link HistoryBenchmark} builds), an account with 1,000 users submits its details again and
 * again through the workspace ({@link AccountCommands}): the write with its history and sync
 * outbox, the re-read of the account and the gate that unlocks the tabs. The FX thread's hop and
 * the drawing of the next frame are not in it. Prints the median, the 95th percentile and the
 * worst of 60 submits. Run: {@code java -cp … dev.partnercontacts.bench.SubmitBenchmark FILE}.
 */
public final class SubmitBenchmark {

    private static final int USERS = 1_000;
    private static final int WARM_UP = 10;
    private static final int SUBMITS = 60;

    private SubmitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/history.db");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: run HistoryBenchmark first");
        }
        Validation validation = new Validation("");
        Gate gate = new Gate(validation);
        try (Database db = Database.open(file)) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(validation), gate, Clock.systemUTC(), null);
            long id = store.accounts().get(0).id();
            List<PortalUser> users = store.users(id);
            for (int i = users.size(); i < USERS; i++) {
                store.addUser(id, "User " + i, "user" + i + "@example.com",
                        i == 0 ? UserRole.ADMINISTRATOR : UserRole.EDITOR, "bench");
            }
            users = store.users(id);
            ContactDetails details = gate.prepareForSubmit(Fixtures.complete()
                    .withAlertUserIds(List.of(users.get(0).id())), users);
            Workspace workspace = new Workspace(gate, new Author("Bench", ""), false, Snapshot.read(store, id), java.time.ZoneId.of("UTC"));
            Tasks tasks = Tasks.sameThread();
            AccountCommands session = new AccountCommands(store, workspace, tasks.writer(), tasks.background());
            long[] times = new long[SUBMITS];
            for (int round = 0; round < WARM_UP + SUBMITS; round++) {
                ContactDetails next = details.withSettings(new AccountSettings("Bench " + round, String.valueOf(round),
                        details.settings().integration(), details.settings().environment()));
                long start = System.nanoTime();
                long[] unlocked = {0};
                session.submit(next, () -> unlocked[0] = System.nanoTime(), failure -> {
                    throw new IllegalStateException(failure);
                });
                if (workspace.locked().get()) {
                    throw new IllegalStateException("still locked after a valid submit");
                }
                if (round >= WARM_UP) {
                    times[round - WARM_UP] = unlocked[0] - start;
                }
            }
            Arrays.sort(times);
            System.out.printf("submit → unlock, an account with %,d users in a file of %,d accounts (%d submits): "
                            + "median %.1f ms, 95th percentile %.1f ms, worst %.1f ms%n", users.size(),
                    store.accounts().size(), SUBMITS, times[SUBMITS / 2] / 1e6,
                    times[(int) Math.ceil(SUBMITS * 0.95) - 1] / 1e6, times[SUBMITS - 1] / 1e6);
        }
    }
}
