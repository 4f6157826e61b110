package dev.partnercontacts.ui.workspace;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.Author;
import dev.partnercontacts.domain.Changes;
import dev.partnercontacts.domain.ContactDetails;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.SettingKeys;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.util.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that changes the {@link Workspace}: switching, creating and removing accounts, the
 * draft, submitting, users, confirming, and reading the file again after a sync or an import.
 * Each change is one task on the data file's writer (so changes reach the file in the order they
 * were made) that writes and then reads the account back; the workspace then shows what was read
 * and the caller's {@code onDone} runs. Call on the FX thread; callbacks run there too.
 */
public final class AccountCommands {

    private static final Logger LOG = LoggerFactory.getLogger(AccountCommands.class);

    private record UserAdded(PortalUser user, Snapshot snapshot) {
    }

    private record Submitted(boolean stored, Snapshot snapshot) {
    }

    private final AccountStore store;
    private final Workspace workspace;
    private final TaskExecutor writer;
    private final TaskExecutor background;
    private final Consumer<? super Exception> backupFailed;
    private final List<Runnable> beforeSwitch = new ArrayList<>();

    /** As the five-argument constructor, with a failed backup only logged. */
    public AccountCommands(AccountStore store, Workspace workspace, TaskExecutor writer, TaskExecutor background) {
        this(store, workspace, writer, background, e -> LOG.warn("The backup after a submit failed", e));
    }

    /**
     * @param writer       the data file's one writer
     * @param background   where the backup after a submit runs, so that later writes never wait for it
     * @param backupFailed hears, on the FX thread, that the backup after a submit could not be made
     */
    public AccountCommands(AccountStore store, Workspace workspace, TaskExecutor writer, TaskExecutor background,
                           Consumer<? super Exception> backupFailed) {
        this.store = store;
        this.workspace = workspace;
        this.writer = writer;
        this.background = background;
        this.backupFailed = backupFailed;
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Runs {@code flush} before every switch of account, on the FX thread, while the account being
     * left is still the current one: an editor saves its pending draft there. Unsubscribe when the
     * editor goes away.
     */
    public Subscription beforeSwitch(Runnable flush) {
        beforeSwitch.add(flush);
        return () -> beforeSwitch.remove(flush);
    }

    /**
     * Switches every page to another account: pending drafts of the account being left are
     * written first, then the account is read and remembered as the one used last.
     */
    public void switchTo(long accountId, Runnable onDone, Consumer<? super Exception> onFailure) {
        if (workspace.accountProperty().get() != null && workspace.accountId() == accountId) {
            onDone.run();
            return;
        }
        flushBeforeSwitch();
        change(() -> {
            store.useAccount(accountId);
            return Snapshot.read(store, accountId);
        }, onDone, onFailure);
    }

    /** Creates a blank account and switches to it (its gate opens, as it is incomplete). */
    public void createAccount(Runnable onDone, Consumer<? super Exception> onFailure) {
        flushBeforeSwitch();
        String actor = actor();
        change(() -> {
            long id = store.createAccount(actor).id();
            store.useAccount(id);
            return Snapshot.read(store, id);
        }, onDone, onFailure);
    }

    /**
     * Removes an account (the store makes a backup of the file first). When it is the current
     * one, the application moves to {@code next}.
     */
    public void removeAccount(long accountId, long next, Runnable onDone, Consumer<? super Exception> onFailure) {
        long stay = accountId == workspace.accountId() ? next : workspace.accountId();
        String actor = actor();
        change(() -> {
            store.removeAccount(accountId, actor);
            store.useAccount(stay);
            return Snapshot.read(store, stay);
        }, onDone, onFailure);
    }

    /** Keeps what was typed as the current account's draft; nothing else changes. */
    public void saveDraft(ContactDetails draft, Runnable onSaved, Consumer<? super Exception> onFailure) {
        workspace.setDraft(draft);
        long id = workspace.accountId();
        writer.execute(BackgroundTask.ofAction(() -> store.saveDraft(id, draft))
                .onSuccess(done -> onSaved.run())
                .onFailure(onFailure));
    }

    /**
     * Forgets the current account's draft, queued after the drafts saved before it: what was
     * typed is the same as the stored details again. Nothing else changes; the form keeps
     * what it shows.
     */
    public void dropDraft(Runnable onDropped, Consumer<? super Exception> onFailure) {
        workspace.clearDraft();
        long id = workspace.accountId();
        writer.execute(BackgroundTask.ofAction(() -> store.discardDraft(id))
                .onSuccess(done -> onDropped.run())
                .onFailure(onFailure));
    }

    /**
     * Stores the details (already validated) and refreshes everything that depends on them. The
     * backup that follows runs afterwards on the background thread: the user and later writes
     * never wait for it; when it cannot be made, the constructor's {@code backupFailed} hears.
     * {@code onDone} runs whether or not anything had changed ({@link #submit(ContactDetails,
     * Runnable, Runnable, Consumer)} tells the two apart).
     */
    public void submit(ContactDetails details, Runnable onDone, Consumer<? super Exception> onFailure) {
        submit(details, onDone, onDone, onFailure);
    }

    /**
     * As {@link #submit(ContactDetails, Runnable, Consumer)}, but details that were submitted
     * before and are the same as the stored ones (no {@link Changes#between change}) are not
     * submitted again: nothing is written, "Last submitted" stays, no backup is made (issue 15:
     * ten such saves pushed the real backups out of the ten kept), and {@code onUnchanged} runs.
     *
     * @param onStored    the details were stored (and the backup started)
     * @param onUnchanged nothing had changed; nothing was written
     */
    public void submit(ContactDetails details, Runnable onStored, Runnable onUnchanged,
                       Consumer<? super Exception> onFailure) {
        long id = workspace.accountId();
        String actor = actor();
        List<PortalUser> current = List.copyOf(workspace.users());
        change(() -> {
            ContactDetails prepared = workspace.gate().prepareForSubmit(details, current);
            boolean unchanged = store.submittedAt(id).isPresent()
                    && Changes.between(store.loadStored(id), prepared, current).isEmpty();
            if (!unchanged) {
                store.submit(id, prepared, actor);
            } else {
                // The draft says what is stored already: no unsaved changes are left.
                store.discardDraft(id);
            }
            return new Submitted(!unchanged, Snapshot.read(store, id));
        }, done -> {
            workspace.clearDraft();
            return done.snapshot();
        }, () -> { }, done -> {
            if (!done.stored()) {
                onUnchanged.run();
                return;
            }
            onStored.run();
            background.execute(BackgroundTask.ofAction(store::backUpAfterSubmit).onFailure(backupFailed));
        }, onFailure);
    }

    public void addUser(String name, String email, UserRole role, Consumer<PortalUser> onDone,
                        Consumer<? super Exception> onFailure) {
        long id = workspace.accountId();
        String actor = actor();
        change(() -> {
            PortalUser user = store.addUser(id, name, email, role, actor);
            return new UserAdded(user, Snapshot.read(store, id));
        }, UserAdded::snapshot, () -> { }, added -> onDone.accept(added.user()), onFailure);
    }

    public void removeUser(long userId, Runnable onDone, Consumer<? super Exception> onFailure) {
        long id = workspace.accountId();
        String actor = actor();
        change(() -> {
            store.removeUser(id, userId, actor);
            return Snapshot.read(store, id);
        }, onDone, onFailure);
    }

    public void changeUserRole(long userId, UserRole role, Runnable onDone, Consumer<? super Exception> onFailure) {
        long id = workspace.accountId();
        String actor = actor();
        change(() -> {
            store.changeUserRole(id, userId, role, actor);
            return Snapshot.read(store, id);
        }, onDone, onFailure);
    }

    /** Records that the current account's details are still correct. */
    public void reconfirm(Runnable onDone, Consumer<? super Exception> onFailure) {
        long id = workspace.accountId();
        String actor = actor();
        change(() -> {
            store.reconfirm(id, actor);
            return Snapshot.read(store, id);
        }, onDone, onFailure);
    }

    /** Stores who is recorded as making changes from now on (Settings), then uses it. */
    public void changeAuthor(Author author, Runnable onDone, Consumer<? super Exception> onFailure) {
        writer.execute(BackgroundTask.ofAction(() -> store.putSettings(Map.of(
                        SettingKeys.AUTHOR_NAME, author.name(), SettingKeys.AUTHOR_EMAIL, author.email())))
                .onSuccess(done -> {
                    workspace.setAuthor(author);
                    onDone.run();
                })
                .onFailure(onFailure));
    }

    /**
     * Drops the current account's draft ("Discard changes"): the stored details stay as they
     * are, and no history is written (none is for a draft). Drafts queued before are written
     * first, so none comes back after this.
     */
    public void discardDraft(Runnable onDone, Consumer<? super Exception> onFailure) {
        long id = workspace.accountId();
        change(() -> {
            store.discardDraft(id);
            return Snapshot.read(store, id);
        }, snapshot -> snapshot, workspace::clearDraft, done -> onDone.run(), onFailure);
    }

    /**
     * Reads numbers typed without {@code +} in {@code region} at once (every form and check of
     * this workspace), and keeps the choice in the data file's settings for the next start.
     *
     * @param region    ISO 3166 region, or empty for none
     * @param onFailure hears why the choice could not be stored (it still applies until the app ends)
     */
    public void choosePhoneCountry(String region, Consumer<? super Exception> onFailure) {
        workspace.setPhoneCountry(region);
        String chosen = workspace.phoneCountryProperty().get();
        writer.execute(BackgroundTask.ofAction(() -> store.putSetting(SettingKeys.PHONE_REGION, chosen))
                .onFailure(onFailure));
    }

    /**
     * Shows Home's coverage from {@code zone} from now on, and keeps the choice in the data
     * file's settings ({@link SettingKeys#HOME_ZONE}) for the next start. Choosing the zone
     * already held writes nothing.
     *
     * @param zone      an IANA zone, e.g. {@code Asia/Tokyo}
     * @param onFailure hears why the choice could not be stored (it still applies until the app ends)
     */
    public void chooseHomeZone(java.time.ZoneId zone, Consumer<? super Exception> onFailure) {
        if (zone.equals(workspace.homeZoneProperty().get())) {
            return;
        }
        workspace.setHomeZone(zone);
        writer.execute(BackgroundTask.ofAction(() -> store.putSetting(SettingKeys.HOME_ZONE, zone.getId()))
                .onFailure(onFailure));
    }

    /**
     * Reads the current account and the list of accounts again, after something other than these
     * commands changed the file (a sync, an import). When the account is gone, the one used last.
     */
    public void reload(Runnable onDone, Consumer<? super Exception> onFailure) {
        long id = workspace.accountId();
        change(() -> {
            boolean exists = store.accounts().stream().anyMatch(a -> a.id() == id);
            return Snapshot.read(store, exists ? id : store.currentAccountId());
        }, onDone, onFailure);
    }

    /** Runs {@code then} on the FX thread once every write given so far has reached the file (or failed). */
    public void afterPendingWrites(Runnable then) {
        writer.execute(BackgroundTask.ofAction(() -> { }).onFinished(then));
    }

    private void flushBeforeSwitch() {
        List.copyOf(beforeSwitch).forEach(Runnable::run);
    }

    private String actor() {
        return workspace.authorProperty().get().label();
    }

    private void change(Callable<Snapshot> work, Runnable onDone, Consumer<? super Exception> onFailure) {
        change(work, snapshot -> snapshot, () -> { }, done -> onDone.run(), onFailure);
    }

    /**
     * The one shape of a change: {@code work} writes and reads back on the writer; on the FX
     * thread, {@code beforeShow} runs, the workspace shows the snapshot, then {@code onDone}.
     */
    private <R> void change(Callable<R> work, Function<R, Snapshot> snapshot, Runnable beforeShow,
                            Consumer<R> onDone, Consumer<? super Exception> onFailure) {
        writer.execute(BackgroundTask.of(work)
                .onSuccess(result -> {
                    beforeShow.run();
                    workspace.apply(snapshot.apply(result));
                    onDone.accept(result);
                })
                .onFailure(onFailure));
    }
}
