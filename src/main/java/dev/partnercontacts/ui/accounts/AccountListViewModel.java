package dev.partnercontacts.ui.accounts;

import dev.partnercontacts.domain.AccountOverview;
import dev.partnercontacts.domain.Reconfirmation;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.sync.AccountSyncState;
import dev.partnercontacts.ui.common.FailureText;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.task.BackgroundTask;
import dev.partnercontacts.task.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Accounts page: every account of the file with its state, dates and sync marks, searched
 * by name, partner ID, key or any address, and filtered by what needs attention. The file is
 * read off the FX thread in one go (a fixed number of queries, {@code AccountStore#overview});
 * searching and filtering then work on the rows in memory, so that both stay well under a
 * tenth of a second with a thousand accounts.
 */
public final class AccountListViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AccountListViewModel.class);

    /** What the filter shows. */
    public enum Filter {
        ALL("accounts.filter.all", r -> true),
        INCOMPLETE("accounts.filter.incomplete", r -> !r.account().complete()),
        RECONFIRM("accounts.filter.reconfirm", Row::reconfirmDue),
        CONFLICTS("accounts.filter.conflicts", r -> r.syncState().conflict()),
        UNSENT("accounts.filter.unsent", r -> r.syncState().unsent());

        private final String labelKey;
        private final Predicate<Row> test;

        Filter(String labelKey, Predicate<Row> test) {
            this.labelKey = labelKey;
            this.test = test;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    /**
     * What the page reads in one go: every account of the file, and where each stands with the
     * sync server, by account id (an account missing from the map has never been synced).
     */
    public record Listing(List<AccountOverview> accounts, Map<Long, AccountSyncState> sync) {
    }

    /**
     * One account as a row of the table: the texts it shows, made once per reading of the file.
     *
     * @param reconfirmDue whether the details were last confirmed 180 days ago or more
     * @param haystack     what a search looks in, lower case
     */
    public record Row(AccountOverview account, AccountSyncState syncState, String name, String integration,
                      String environment, String state, String sync, boolean reconfirmDue, String haystack) {

        public long id() {
            return account.id();
        }
    }

    private static final AccountSyncState NEVER_SYNCED = new AccountSyncState(false, false, Optional.empty());

    private final Callable<Listing> source;
    private final TaskExecutor reader;
    private final Messages messages;
    private final Clock clock;
    private final LongConsumer open;
    private final DateTimeFormatter dates;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all);
    private final ObservableList<Row> shownView = FXCollections.unmodifiableObservableList(shown);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** Answers to older readings are dropped: only the newest is shown. */
    private int generation;

    /**
     * @param source reads every account of the file (blocking I/O, run by {@code reader})
     * @param reader where the file is read (the data file's writer: one connection)
     * @param open   opens the account with this id in the main window
     */
    public AccountListViewModel(Callable<Listing> source, TaskExecutor reader, Messages messages, Clock clock,
                                LongConsumer open) {
        this.source = source;
        this.reader = reader;
        this.messages = messages;
        this.clock = clock;
        this.open = open;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.formatLocale())
                .withZone(clock.getZone());
        search.addListener(o -> applyFilter());
        filter.addListener(o -> applyFilter());
    }

    /** The rows the search and the filter let through, in the order of the file. */
    public ObservableList<Row> rows() {
        return shownView;
    }

    /** Free text: every word must appear in the name, partner ID, key or an address. */
    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public List<Filter> filters() {
        return Arrays.asList(Filter.values());
    }

    /** "1,000 accounts", or "12 of 1,000 accounts" while searching or filtering. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Why the list could not be read; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Reads the accounts again (after a switch, a submit, a sync…); the search and filter stay. */
    public void load() {
        int asked = ++generation;
        loading.set(true);
        reader.execute(BackgroundTask.of(source).onSuccess(listing -> {
            if (asked != generation) {
                return;
            }
            Instant now = clock.instant();
            // Most rows say the same things ("Complete", "Nov 30, 2026"): each text is made once.
            Map<List<Object>, String> texts = new HashMap<>();
            all.setAll(listing.accounts().stream()
                    .map(a -> row(a, listing.sync().getOrDefault(a.id(), NEVER_SYNCED), now, texts)).toList());
            problem.set("");
            updateCount();
        }).onFailure(failure -> {
            if (asked == generation) {
                LOG.error("The accounts could not be read", failure);
                problem.set(messages.get("accounts.failed", FailureText.of(messages, failure)));
            }
        }).onFinished(() -> {
            if (asked == generation) {
                loading.set(false);
            }
        }));
    }

    /** Opens the row's account in the main window. */
    public void open(Row row) {
        if (row != null) {
            open.accept(row.id());
        }
    }

    /** A date as the table shows it, in the user's language ("30 Nov 2026"); "Never" for none. */
    public String date(Instant at) {
        return at == null ? messages.get("accounts.never") : dates.format(at);
    }

    private Row row(AccountOverview a, AccountSyncState sync, Instant now, Map<List<Object>, String> texts) {
        String name = a.shownName().isEmpty() ? messages.get("account.unnamed") : a.shownName();
        String state = a.complete() ? text(texts, "accounts.state.complete")
                : a.missing().isEmpty() ? text(texts, "accounts.state.incomplete")
                : text(texts, "accounts.state.missing", a.missing().size(), Arrays.stream(Role.values())
                        .filter(a.missing()::contains).map(r -> text(texts, "role." + r.key() + ".short"))
                        .collect(Collectors.joining(", ")));
        if (a.hasDraft()) {
            state = text(texts, "accounts.state.withDraft", state);
        }
        String syncText = sync.conflict() ? text(texts, "accounts.sync.conflict")
                : sync.unsent() ? text(texts, "accounts.sync.unsent")
                : sync.lastSynced().map(this::date)
                .orElseGet(() -> text(texts, "accounts.sync.never"));
        String haystack = String.join(" ", a.shownName(), a.partnerId(), a.key(), a.addresses()).toLowerCase(Locale.ROOT);
        return new Row(a, sync, name, text(texts, a.integration().labelKey()), text(texts, a.environment().labelKey()),
                state, syncText, Reconfirmation.isDue(a.confirmedAt(), now), haystack);
    }

    private String text(Map<List<Object>, String> texts, String key, Object... args) {
        List<Object> id = new ArrayList<>(args.length + 1);
        id.add(key);
        id.addAll(Arrays.asList(args));
        return texts.computeIfAbsent(id, k -> messages.get(key, args));
    }

    private void applyFilter() {
        List<String> words = Arrays.stream(search.get().toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        Filter f = filter.get() == null ? Filter.ALL : filter.get();
        shown.setPredicate(r -> f.test.test(r) && words.stream().allMatch(r.haystack()::contains));
        updateCount();
    }

    private void updateCount() {
        count.set(shown.size() == all.size() ? messages.get("accounts.count", all.size())
                : messages.get("accounts.countOf", shown.size(), all.size()));
    }
}
