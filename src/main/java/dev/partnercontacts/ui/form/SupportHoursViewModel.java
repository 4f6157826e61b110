package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.SupportWindow;
import dev.partnercontacts.domain.Validation;
import java.util.List;
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

    /** A new window with no day chosen: it is not complete until the user says when support is open. */
    public void add() {
        if (windows.size() < Role.OPS_SUPPORT.maxEntries()) {
            windows.add(new WindowEntry(SupportWindow.blank(defaultZone)));
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < windows.size()) {
            windows.remove(index);
        }
    }

    /** Rewrites a valid time the user left in its readable form ({@code 9am} → {@code 09:00}). */
    void tidy(FieldPath.SupportWindowField field) {
        if (field.index() >= windows.size()) {
            return;
        }
        WindowEntry entry = windows.get(field.index());
        switch (field.part()) {
            case START -> Validation.normalizeTime(entry.startProperty().get(), false).ifPresent(entry.startProperty()::set);
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
