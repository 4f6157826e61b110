package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.SupportWindow;
import java.time.DayOfWeek;
import java.util.EnumSet;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** One editable support-hours window. */
public final class WindowEntry {

    private final ObservableSet<DayOfWeek> days = FXCollections.observableSet(EnumSet.noneOf(DayOfWeek.class));
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");

    WindowEntry(SupportWindow w) {
        set(w);
    }

    /** Shows another window in this row. */
    void set(SupportWindow w) {
        days.retainAll(w.days());
        days.addAll(w.days());
        start.set(w.start());
        end.set(w.end());
        zone.set(w.zone());
    }

    public ObservableSet<DayOfWeek> days() {
        return days;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    SupportWindow toWindow() {
        return new SupportWindow(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days),
                start.get(), end.get(), zone.get());
    }
}
