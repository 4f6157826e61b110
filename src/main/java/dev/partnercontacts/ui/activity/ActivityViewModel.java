package dev.partnercontacts.ui.activity;

import dev.partnercontacts.domain.AccountStore;
import dev.partnercontacts.domain.AccountSummary;
import dev.partnercontacts.domain.HistoryEntry;
import dev.partnercontacts.domain.HistoryQuery;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.files.SafeExport;
import dev.partnercontacts.ui.common.ChangeText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.Debouncer;
import dev.partnercontacts.task.TaskExecutor;
import dev.partnercontacts.ui.workspace.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Activity page: the history of the current account (or of every account), newest first,
 * filtered by free text, role and author, read a page at a time off the FX thread, and exported
 * as CSV exactly as filtered.
 */
public final class ActivityViewModel {

    /** Entries read at a time. */
    public static final int PAGE = 200;
    private static final int EXPORT_PAGE = 2_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private final AccountStore store;
    private final TaskExecutor reader;
    private final TaskExecutor exporter;
    private final Workspace session;
    private final Messages messages;
    private final ChangeText text;
    private final Debouncer typing;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final ObjectProperty<HistoryQuery.Area> area = new SimpleObjectProperty<>();
    private final StringProperty author = new SimpleStringProperty("");
    private final BooleanProperty allAccounts = new SimpleBooleanProperty(false);
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> authors = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final StringProperty status = new SimpleStringProperty("");
    /** Answers to older queries are dropped: only the newest query's pages are shown. */
    private int generation;

    /**
     * @param reader   reads the history's pages (the data file's thread: a page shows what was just written)
     * @param exporter writes the CSV export (the background thread: a long export never holds up a write)
     * @param typing   waits for a pause in typing before the search runs
     */
    public ActivityViewModel(AccountStore store, TaskExecutor reader, TaskExecutor exporter, Workspace session,
                             Messages messages, Debouncer typing) {
        this.store = store;
        this.reader = reader;
        this.exporter = exporter;
        this.session = session;
        this.messages = messages;
        this.text = new ChangeText(messages, session.gate().validation());
        this.typing = typing;
        search.addListener((o, a, b) -> typing.call(this::reload));
        role.addListener((o, a, b) -> reload());
        area.addListener((o, a, b) -> reload());
        author.addListener((o, a, b) -> reload());
        allAccounts.addListener((o, a, b) -> reload());
        session.accountProperty().addListener((o, was, is) -> {
            if (!allAccounts.get() && (was == null || is == null || was.id() != is.id())) {
                reload();
            }
        });
        // A change just recorded (a submit, a user added) shows at once.
        session.recentChanges().addListener((ListChangeListener<HistoryEntry>) c -> reload());
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Only changes of this role, or null for all. */
    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** Only changes of no role in this area (the account's settings, its users), or null for all. */
    public ObjectProperty<HistoryQuery.Area> areaProperty() {
        return area;
    }

    /** Only changes by this author, or empty for everyone. */
    public StringProperty authorProperty() {
        return author;
    }

    public BooleanProperty allAccountsProperty() {
        return allAccounts;
    }

    /** The entries read so far, newest first. */
    public ObservableList<HistoryEntry> entries() {
        return entries;
    }

    /** Everyone found in the history, for the author filter. */
    public ObservableList<String> authors() {
        return authors;
    }

    /** Whether older entries than those shown match the filters. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A line under the table: how many entries are shown, or what went wrong. */
    public StringProperty statusProperty() {
        return status;
    }

    public ChangeText text() {
        return text;
    }

    /** Reads the first page again with the current filters. */
    public void reload() {
        int asked = ++generation;
        HistoryQuery query = query(null, PAGE);
        loading.set(true);
        reader.execute(BackgroundTask.of(() -> new Page(store.history(query), store.historyAuthors()))
                .onSuccess(page -> {
                    if (asked != generation) {
                        return;
                    }
                    entries.setAll(page.entries());
                    authors.setAll(page.authors());
                    finished(page.entries().size());
                })
                .onFailure(this::failed));
    }

    /** Reads the next page and appends it. */
    public void loadMore() {
        if (!hasMore.get() || loading.get() || entries.isEmpty()) {
            return;
        }
        int asked = generation;
        HistoryQuery query = query(entries.get(entries.size() - 1).id(), PAGE);
        loading.set(true);
        reader.execute(BackgroundTask.of(() -> store.history(query))
                .onSuccess(page -> {
                    if (asked != generation) {
                        return;
                    }
                    entries.addAll(page);
                    finished(page.size());
                })
                .onFailure(this::failed));
    }

    private void finished(int read) {
        loading.set(false);
        hasMore.set(read == PAGE);
        status.set(messages.get(hasMore.get() ? "activity.status.more" : "activity.status.all", entries.size()));
    }

    private void failed(Exception failure) {
        loading.set(false);
        status.set(messages.get("activity.status.failed"));
        org.slf4j.LoggerFactory.getLogger(ActivityViewModel.class).error("Reading the history failed", failure);
    }

    private HistoryQuery query(Long beforeId, int limit) {
        AccountSummary account = session.accountProperty().get();
        Long accountId = allAccounts.get() || account == null ? null : account.id();
        String typed = search.get() == null ? "" : search.get().strip();
        return new HistoryQuery(accountId, typed, rolesNamed(typed), role.get(), area.get(),
                author.get() == null || author.get().isEmpty() ? null : author.get(), beforeId, limit);
    }

    /** Roles whose name, in the UI language, contains the typed text. */
    private Set<Role> rolesNamed(String typed) {
        if (typed.isEmpty()) {
            return Set.of();
        }
        String needle = typed.toLowerCase(messages.locale());
        return Arrays.stream(Role.values())
                .filter(r -> text.roleTitle(r).toLowerCase(messages.locale()).contains(needle))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /**
     * Writes every entry the filters match (not only the pages read) to a CSV file, replacing it
     * whole or not at all, on the background thread; meanwhile the status line counts the entries
     * written. {@code onDone} gets the number of entries written.
     */
    public void exportCsv(Path file, Consumer<Integer> onDone, Consumer<? super Exception> onFailure) {
        HistoryQuery query = query(null, EXPORT_PAGE);
        boolean withAccount = allAccounts.get();
        exporter.execute(BackgroundTask.withProgress(progress -> writeCsv(file, query, withAccount, progress))
                .onProgress(step -> status.set(messages.get("activity.exporting", step.done())))
                .onSuccess(onDone)
                .onFailure(onFailure));
    }

    private int writeCsv(Path file, HistoryQuery query, boolean withAccount, dev.partnercontacts.task.Progress progress)
            throws IOException {
        int[] count = {0};
        // Like a bundle: written whole beside the file and moved over it, never onto the data
        // file or its backups, with a plain move where the file system has no atomic one.
        new SafeExport(store.dataFile()).write(file, out -> {
            count[0] = 0;
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            // A byte-order mark: spreadsheets otherwise read UTF-8 as the system's code page.
            w.write('\uFEFF');
            HistoryCsv csv = new HistoryCsv(w);
            csv.row(header(withAccount));
            IOException[] failure = {null};
            store.forEachHistory(query, e -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    csv.row(row(e, withAccount));
                    count[0]++;
                    progress.update(count[0], 0);
                } catch (IOException io) {
                    failure[0] = io;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            w.flush();
        });
        return count[0];
    }

    private List<String> header(boolean withAccount) {
        List<String> cells = new java.util.ArrayList<>(List.of(messages.get("activity.column.when"),
                messages.get("activity.column.who"), messages.get("activity.column.what"),
                messages.get("activity.column.detail")));
        if (withAccount) {
            cells.add(1, messages.get("activity.column.account"));
        }
        return cells;
    }

    private List<String> row(HistoryEntry e, boolean withAccount) {
        List<String> cells = new java.util.ArrayList<>(List.of(CSV_TIME.format(e.at().atZone(ZoneId.systemDefault())),
                e.author(), text.area(e.change()), text.detail(e.change())));
        if (withAccount) {
            cells.add(1, e.accountName());
        }
        return cells;
    }

    private record Page(List<HistoryEntry> entries, List<String> authors) {
    }
}
