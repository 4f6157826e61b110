package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.FieldPath;
import dev.partnercontacts.domain.FieldPath.WindowPart;
import dev.partnercontacts.domain.Role;
import dev.partnercontacts.ui.common.ErrorDecorations;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SearchPopup;
import dev.partnercontacts.ui.common.ZoneChoices;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SearchableComboBox;

/**
 * Support hours: 24/7, a row per window (days, start, end, time zone, remove) with its errors on
 * a line of their own under the row, the Add button and the weekly coverage. Rows are built again
 * when windows are added or removed; what a row listens to is let go of then, and by
 * {@link #dispose()}.
 */
final class SupportHoursSection {

    private final ContactFormViewModel vm;
    /** The support hours' own view-model: the windows and the commands on them. */
    private final SupportHoursViewModel hours;
    private final Messages messages;
    private final ErrorDecorations errors;
    private final FormParts parts;
    private final ZoneChoices zones;
    private final VBox rows = new VBox(4);
    private final VBox root;
    /** What the current rows listen to in the windows' day sets, let go of at the next rebuild. */
    private final List<Subscription> rowListeners = new ArrayList<>();
    private final Subscription listening;

    SupportHoursSection(ContactFormViewModel vm, Messages messages, ErrorDecorations errors, FormParts parts,
                        Consumer<FieldPath> focus) {
        this.vm = vm;
        this.hours = vm.supportHours();
        this.messages = messages;
        this.errors = errors;
        this.parts = parts;
        this.zones = new ZoneChoices(messages, Instant.now());
        CheckBox allWeek = FormParts.fullWidth(new CheckBox(messages.get("support.247")));
        allWeek.setId("support247");
        allWeek.selectedProperty().bindBidirectional(hours.allWeekProperty());
        rows.disableProperty().bind(hours.allWeekProperty());
        ListChangeListener<WindowEntry> windowsChanged = c -> rebuild();
        hours.windows().addListener(windowsChanged);
        rebuild();
        Button add = FormParts.fullWidth(new Button(messages.get("support.add")));
        add.setId("add-opsSupport");
        add.getStyleClass().add("add-button");
        add.disableProperty().bind(hours.allWeekProperty()
                .or(Bindings.size(hours.windows()).greaterThanOrEqualTo(Role.OPS_SUPPORT.maxEntries())));
        add.setOnAction(e -> {
            vm.addWindow();
            focus.accept(FieldPath.window(hours.windows().size() - 1, WindowPart.DAYS));
        });
        CoverageChart chart = new CoverageChart(messages, ZoneId.systemDefault());
        // Drawn again on every evaluation, not only when the result changes: two valid week plans
        // give equal results, and the chart kept the first one (issue 15).
        chart.show(hours.snapshot());
        Subscription coverage = vm.resultProperty().subscribe(() -> {
            vm.resultProperty().get(); // valid again, so that the next evaluation is heard too
            chart.show(hours.snapshot());
        });
        listening = coverage.and(() -> hours.windows().removeListener(windowsChanged));
        root = new VBox(6, allWeek, rows, add, chart.root());
    }

    VBox root() {
        return root;
    }

    /** Lets go of the form's windows and result. */
    void dispose() {
        listening.unsubscribe();
        releaseRows();
    }

    private void releaseRows() {
        rowListeners.forEach(Subscription::unsubscribe);
        rowListeners.clear();
    }

    private void rebuild() {
        releaseRows();
        errors.unregisterIf(p -> p instanceof FieldPath.SupportWindowField);
        rows.getChildren().clear();
        for (int i = 0; i < hours.windows().size(); i++) {
            rows.getChildren().add(windowRow(hours.windows().get(i), i));
        }
        errors.apply(vm.shownErrors());
    }

    private Node windowRow(WindowEntry w, int i) {
        FieldPath daysPath = FieldPath.window(i, WindowPart.DAYS);
        HBox dayToggles = new HBox(2);
        dayToggles.setId(dev.partnercontacts.ui.common.FieldIds.id(daysPath));
        dayToggles.getStyleClass().add("day-toggles");
        FormParts.fullWidth(dayToggles);
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton t = FormParts.fullWidth(new ToggleButton(day.getDisplayName(TextStyle.SHORT, FormParts.textLocale(messages))));
            t.setId("opsSupport-" + i + "-" + day.name().substring(0, 3));
            t.getStyleClass().add("day-toggle");
            t.setAccessibleText(messages.get("support.a11y.day", i + 1, day.getDisplayName(TextStyle.FULL, FormParts.textLocale(messages))));
            t.setSelected(w.days().contains(day));
            t.selectedProperty().addListener((o, was, is) -> {
                if (is == w.days().contains(day)) {
                    return; // follows the model (a reload), not the user
                }
                if (is) {
                    w.days().add(day);
                } else {
                    w.days().remove(day);
                }
                vm.touch(daysPath);
            });
            javafx.collections.SetChangeListener<DayOfWeek> follow = c -> t.setSelected(w.days().contains(day));
            w.days().addListener(follow);
            rowListeners.add(() -> w.days().removeListener(follow));
            dayToggles.getChildren().add(t);
        }
        TextField start = parts.textField(FieldPath.window(i, WindowPart.START), w.startProperty(),
                messages.get("support.time.prompt"), messages.get("support.a11y.start", i + 1));
        TextField end = parts.textField(FieldPath.window(i, WindowPart.END), w.endProperty(),
                messages.get("support.time.prompt"), messages.get("support.a11y.end", i + 1));
        start.setTooltip(new javafx.scene.control.Tooltip(messages.get("support.time.start.tooltip")));
        for (TextField t : new TextField[] {start, end}) {
            t.setPrefColumnCount(5);
            FormParts.fullWidth(t);
        }
        SearchableComboBox<String> zone = zones.picker();
        FieldPath zonePath = FieldPath.window(i, WindowPart.ZONE);
        zone.setId(dev.partnercontacts.ui.common.FieldIds.id(zonePath));
        zone.setPromptText(messages.get("support.zone.prompt"));
        zone.setAccessibleText(messages.get("support.a11y.zone", i + 1));
        zone.setMinWidth(200);
        zone.setPrefWidth(240);
        zone.setMaxWidth(420);
        HBox.setHgrow(zone, Priority.ALWAYS);
        rowListeners.add(SearchPopup.follow(zone, w.zoneProperty(), w.zoneProperty()::set));
        Label to = FormParts.fullWidth(new Label(messages.get("support.to")));
        Button remove = FormParts.iconButton("icon-remove", messages.get("support.remove.a11y", i + 1),
                messages.get("support.remove.tooltip"));
        remove.setId("opsSupport-remove-" + i);
        remove.setOnAction(e -> vm.removeWindow(i));
        HBox controls = new HBox(8, dayToggles, start, to, end, zone, remove);
        controls.getStyleClass().add("window-controls");
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        // The row's messages share one line under it: a time field is too narrow for a sentence.
        FlowPane messagesLine = new FlowPane(16, 0);
        messagesLine.getStyleClass().add("window-errors");
        register(daysPath, dayToggles, messagesLine);
        register(FieldPath.window(i, WindowPart.START), start, messagesLine);
        register(FieldPath.window(i, WindowPart.END), end, messagesLine);
        register(zonePath, zone, messagesLine);
        VBox row = new VBox(2, controls, messagesLine);
        row.getStyleClass().add("window-row");
        return row;
    }

    private void register(FieldPath path, Node field, FlowPane line) {
        Label label = ErrorDecorations.errorLabel(path);
        label.setPrefWidth(Label.USE_COMPUTED_SIZE);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setWrapText(false);
        label.managedProperty().bind(label.visibleProperty());
        line.getChildren().add(label);
        if (field instanceof javafx.scene.control.Control control) {
            parts.decorate(path, control, label);
        } else {
            errors.register(path, field, label);
        }
    }
}
