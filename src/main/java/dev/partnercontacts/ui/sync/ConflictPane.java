package dev.partnercontacts.ui.sync;

import dev.partnercontacts.domain.Changes;
import dev.partnercontacts.domain.Contact;
import dev.partnercontacts.domain.Environment;
import dev.partnercontacts.domain.Integration;
import dev.partnercontacts.domain.PortalUser;
import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.UserRole;
import dev.partnercontacts.sync.Conflict;
import dev.partnercontacts.sync.ConflictMerge;
import dev.partnercontacts.ui.common.ChangeText;
import dev.partnercontacts.ui.common.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * One conflict side by side: a row per field changed differently here and on the server, this
 * workstation's value and the server's, each with a choice. Everything else is merged already
 * and not shown.
 */
final class ConflictPane {

    private final Messages messages;
    private final ChangeText text;
    private final GridPane grid = new GridPane();
    private final Map<ConflictMerge.Field, ToggleGroup> choices = new LinkedHashMap<>();

    ConflictPane(Messages messages) {
        this.messages = messages;
        this.text = new ChangeText(messages);
        grid.setId("conflictView");
        grid.getStyleClass().add("conflict-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints side = new ColumnConstraints();
        side.setHgrow(Priority.ALWAYS);
        side.setPercentWidth(40);
        grid.getColumnConstraints().setAll(field, side, side);
    }

    GridPane node() {
        return grid;
    }

    void show(Conflict conflict) {
        grid.getChildren().clear();
        choices.clear();
        if (conflict == null) {
            return;
        }
        int row = 0;
        if (conflict.fields().stream().anyMatch(ConflictMerge.FieldDiff::byRule)) {
            // Fields that differ only because, merged, they would break a rule of the form.
            Label note = new Label(messages.get("sync.conflict.byRule"));
            note.setId("conflictRuleNote");
            note.setWrapText(true);
            grid.add(note, 0, row++, 3, 1);
        }
        grid.add(header("sync.conflict.field"), 0, row);
        grid.add(header("sync.conflict.local"), 1, row);
        grid.add(header("sync.conflict.remote"), 2, row);
        row++;
        for (ConflictMerge.FieldDiff d : conflict.fields()) {
            ToggleGroup group = new ToggleGroup();
            choices.put(d.field(), group);
            Label name = new Label(fieldName(d.field()));
            name.getStyleClass().add("field-label");
            String id = "conflict-" + d.field().part() + (d.field().user().isEmpty() ? "" : "-" + d.field().user());
            RadioButton local = side(group, d.local(), ConflictMerge.Side.LOCAL, id + "-local");
            RadioButton remote = side(group, d.remote(), ConflictMerge.Side.REMOTE, id + "-remote");
            local.setSelected(true);
            grid.addRow(row++, name, local, remote);
        }
    }

    /** The side chosen for each conflicting field. */
    Map<ConflictMerge.Field, ConflictMerge.Side> choice() {
        Map<ConflictMerge.Field, ConflictMerge.Side> chosen = new LinkedHashMap<>();
        choices.forEach((field, group) -> {
            if (group.getSelectedToggle() != null) {
                chosen.put(field, (ConflictMerge.Side) group.getSelectedToggle().getUserData());
            }
        });
        return chosen;
    }

    private Label header(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private RadioButton side(ToggleGroup group, Object value, ConflictMerge.Side side, String id) {
        RadioButton b = new RadioButton(valueText(value));
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(side);
        b.setWrapText(true);
        b.getStyleClass().add("conflict-value");
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private String fieldName(ConflictMerge.Field f) {
        if (f.part().role().isPresent()) {
            return text.roleTitle(f.part().role().get());
        }
        return switch (f.part()) {
            case NAME -> messages.get("sync.conflict.field.name");
            case PARTNER_ID -> messages.get("sync.conflict.field.partnerId");
            case INTEGRATION -> messages.get("sync.conflict.field.integration");
            case ENVIRONMENT -> messages.get("sync.conflict.field.environment");
            case ALERT_CONTACTS -> messages.get("sync.conflict.field.alert");
            case SUPPORT_HOURS -> messages.get("sync.conflict.field.supportHours");
            case USER -> messages.get("sync.conflict.field.user", f.user());
            case USER_NAME -> messages.get("sync.conflict.field.userName", f.user());
            default -> messages.get("sync.conflict.field.userRole", f.user());
        };
    }

    private String valueText(Object value) {
        if (value == null) {
            return messages.get("sync.conflict.removed");
        }
        if (value instanceof Integration i) {
            return messages.get(i.labelKey());
        }
        if (value instanceof Environment e) {
            return messages.get(e.labelKey());
        }
        if (value instanceof UserRole r) {
            return messages.get(r.labelKey());
        }
        if (value instanceof PortalUser u) {
            return u.name() + " <" + u.email() + "> · " + messages.get(u.role().labelKey());
        }
        if (value instanceof SupportHours h) {
            if (h.allWeek()) {
                return messages.get("home.allWeek");
            }
            return h.windows().stream().map(w -> text.window(Changes.windowText(w))).collect(Collectors.joining("\n"));
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return messages.get("history.none");
            }
            return list.stream().map(item -> item instanceof Contact c
                    ? c.email() + (c.name().isBlank() ? "" : " (" + c.name() + ")") + (c.phone().isBlank() ? "" : " " + c.phone())
                    : String.valueOf(item)).collect(Collectors.joining("\n"));
        }
        String s = String.valueOf(value);
        return s.isEmpty() ? messages.get("history.none") : s;
    }
}
