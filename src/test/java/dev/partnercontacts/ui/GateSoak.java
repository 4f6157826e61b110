package dev.partnercontacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnercontacts.domain.AccountSettings;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.domain.Users;
import dev.partnercontacts.domain.Validation;
import dev.partnercontacts.storage.Database;
import dev.partnercontacts.storage.SqliteAccountStore;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens and closes the contact gate, and switches accounts, through the real main window, as
 * often as asked, and measures what stays behind: the heap retained after a full collection and
 * the number of live threads. The gate opens for a new account (New account) or when the
 * application switches to an incomplete account (a re-lock); it closes when the switcher goes
 * back to a complete account. Used by {@code GateLeakUiTest} (short, in {@code mvn verify}) and
 * {@code GateSoakBenchmark} (500 openings and 1,000 switches).
 */
final class GateSoak {

    /** Account names: two complete ones and an incomplete one (its gate stays locked). */
    static final String ACME = "Acme Tours";
    static final String GLOBEX = "Globex";
    static final String HALF = "Half Done";

    private final AppDriver app;
    private final List<WeakReference<Parent>> gates = new ArrayList<>();
    private int openings;
    private int switches;

    GateSoak(AppDriver app) {
        this.app = app;
    }

    /** Before launch: the complete account {@link #ACME} (from AppDriver), a complete {@link #GLOBEX} and an incomplete {@link #HALF}. */
    static void prepare(AppDriver app) {
        app.withCompleteAccount();
        try (Database db = Database.open(app.db())) {
            SqliteAccountStore store = new SqliteAccountStore(db, new Users(new Validation("")), Clock.systemUTC());
            long globex = store.createAccount("setup").id();
            store.addUser(globex, "Gil", "gil@globex.example", UserRole.ADMINISTRATOR, "setup");
            ContactDetails details = GateUiTest.completeSandboxDetails();
            store.submit(globex, details.withSettings(new AccountSettings(GLOBEX, "", details.settings().integration(),
                    details.settings().environment())), "setup");
            // Submitted with a name but little else: it shows by its name, and its gate stays locked.
            long half = store.createAccount("setup").id();
            store.submit(half, ContactDetails.EMPTY.withSettings(new AccountSettings(HALF, "",
                    details.settings().integration(), details.settings().environment())), "setup");
            store.useAccount(store.accounts().stream().filter(a -> a.name().equals(ACME)).findFirst().orElseThrow().id());
        }
    }

    /** Prepares the file, starts the application in English on it, and returns the soak that drives it. */
    static GateSoak start(AppDriver app) throws TimeoutException {
        prepare(app);
        app.launch("--locale=en");
        return new GateSoak(app);
    }

    private ComboBox<AccountSummary> switcher() {
        return app.robot().from(app.mainRoot()).lookup("#accountSwitcher").query();
    }

    private void choose(String name) throws Exception {
        ComboBox<AccountSummary> switcher = switcher();
        AccountSummary target = AppDriver.onFxThread(() -> switcher.getItems().stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow());
        app.robot().interact(() -> switcher.setValue(target));
    }

    private boolean gateReady() {
        return app.gate().flatMap(g -> app.robot().from(g).lookup("#accountName").tryQuery()).isPresent();
    }

    private void gateOpened() throws TimeoutException {
        AppDriver.waitUntil(this::gateReady);
        gates.add(new WeakReference<>(app.gate().orElseThrow()));
        openings++;
    }

    /**
     * True once the switcher shows the account and takes input again: the switch has been made.
     * (The switcher shows a choice at once; it is disabled until the account has been read.)
     */
    private boolean switchedTo(String name) {
        return name.equals(switcher().getButtonCell().getText()) && !switcher().isDisabled();
    }

    private void backTo(String complete) throws Exception {
        choose(complete);
        AppDriver.waitUntil(() -> app.gate().isEmpty() && switchedTo(complete));
    }

    /** One opening and closing: every {@code newEvery}-th a new account, the others a switch to the incomplete one. */
    void openAndClose(int newEvery) throws Exception {
        if (newEvery > 0 && openings % newEvery == newEvery - 1) {
            Button create = app.robot().from(app.mainRoot()).lookup("#newAccountButton").queryAs(Button.class);
            app.robot().interact(create::fire);
        } else {
            choose(HALF);
        }
        gateOpened();
        backTo(ACME);
    }

    /** One switch between the two complete accounts. */
    void switchOnce() throws Exception {
        String to = switches % 2 == 0 ? GLOBEX : ACME;
        choose(to);
        try {
            AppDriver.waitUntil(() -> switchedTo(to));
        } catch (TimeoutException e) {
            String shown = AppDriver.onFxThread(() -> switcher().getButtonCell().getText() + " / "
                    + switcher().getValue() + ", disabled " + switcher().isDisabled() + ", gate " + app.gate().isPresent());
            throw new AssertionError("switch " + switches + " to " + to + " did not happen: " + shown, e);
        }
        switches++;
    }

    /** The heap in use after full collections, in bytes: what the application keeps. */
    static long retainedHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** How many of the gates opened so far are still reachable (after {@link #retainedHeap()}). */
    long gatesAlive() {
        return gates.stream().map(WeakReference::get).filter(Objects::nonNull).count();
    }

    int openings() {
        return openings;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static void check(boolean condition, String what) {
        assertThat(condition).as(what).isTrue();
    }
}
