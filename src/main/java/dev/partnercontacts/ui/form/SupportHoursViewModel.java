package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.Validation;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The support hours: 24/7, or windows of days, start, end and IANA time zone. Listens only to
 * its own windows, which go with it: nothing to let go of.
 */
public final class SupportHoursViewModel {

    private final String defaultZone;
    private final Runnable edited;
    private final BooleanProperty allWeek = new SimpleBooleanProperty(false);
    private final ObservableList<WindowEntry> windows = FXCollections.observableArrayList();

    /**
     * @param defaultZone the IANA zone a new window starts in
     * @param edited      runs after every change
     */
    SupportHoursViewModel(String defaultZone, Runnable edited) {
        this.defaultZone = defaultZone;
        this.edited = edited;
        windows.addListener((ListChangeListener<WindowEntry>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watch);
            }
            edited.run();
        });
        allWeek.addListener((o, a, b) -> edited.run());
    }

    private void watch(WindowEntry w) {
        w.days().addListener((SetChangeListener<Object>) c -> edited.run());
        w.startProperty().addListener((o, a, b) -> edited.run());
        w.endProperty().addListener((o, a, b) -> edited.run());
        w.zoneProperty().addListener((o, a, b) -> edited.run());
    }

    /** Support is open all week, around the clock: the windows do not apply. */
    public BooleanProperty allWeekProperty() {
        return allWeek;
    }

    public ObservableList<WindowEntry> windows() {
        return windows;
    }

    /**
     * A new window with no day chosen: it is not complete until the user says when support is
     * open. It starts in the time zone of the window above it (a team's hours are mostly in one
     * zone), or in the default zone when there is none or that one is not a valid IANA zone.
     */
    public void add() {
        if (windows.size() < Role.OPS_SUPPORT.maxEntries()) {
            String zone = windows.isEmpty() ? defaultZone : windows.getLast().zoneProperty().get();
            windows.add(new WindowEntry(SupportWindow.blank(Validation.isZone(zone) ? zone : defaultZone)));
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < windows.size()) {
            windows.remove(index);
        }
    }

    /**
     * Rewrites a valid time the user left in its readable form ({@code 9am} → {@code 09:00}).
     * A range left in the start field ({@code 9-18}, {@code 9 – 18}, {@code 09.00-18.00}) fills
     * both the start and the end.
     */
    void tidy(FieldPath.SupportWindowField field) {
        if (field.index() >= windows.size()) {
            return;
        }
        WindowEntry entry = windows.get(field.index());
        switch (field.part()) {
            case START -> {
                Optional<String[]> range = Validation.parseTimeRange(entry.startProperty().get());
                if (range.isPresent()) {
                    entry.endProperty().set(range.get()[1]);
                    entry.startProperty().set(range.get()[0]);
                } else {
                    Validation.normalizeTime(entry.startProperty().get(), false).ifPresent(entry.startProperty()::set);
                }
            }
            case END -> Validation.normalizeTime(entry.endProperty().get(), true).ifPresent(entry.endProperty()::set);
            default -> { }
        }
    }

    /** Shows these hours; windows of the same number are updated in place. */
    void load(SupportHours hours) {
        allWeek.set(hours.allWeek());
        List<SupportWindow> loaded = hours.windows();
        if (loaded.size() == windows.size()) {
            for (int i = 0; i < loaded.size(); i++) {
                windows.get(i).set(loaded.get(i));
            }
        } else {
            windows.setAll(loaded.stream().map(WindowEntry::new).toList());
        }
    }

    SupportHours snapshot() {
        return new SupportHours(allWeek.get(), windows.stream().map(WindowEntry::toWindow).toList());
    }
}
