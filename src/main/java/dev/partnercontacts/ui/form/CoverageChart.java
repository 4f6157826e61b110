package dev.partnercontacts.ui.form;

import dev.partnercontacts.domain.SupportHours;
import dev.partnercontacts.domain.WeeklyCoverage;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SlotCell;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The week at a glance: one row per day, one cell per half hour, filled where support is open,
 * in part where it opens or closes within the half hour; the caption says how long, to the minute.
 */
final class CoverageChart {

    private final Messages messages;
    private final ZoneId viewZone;
    private final SlotCell[][] cells = new SlotCell[7][WeeklyCoverage.SLOTS_PER_DAY];
    private final Label caption = new Label();
    private final VBox root;

    CoverageChart(Messages messages, ZoneId viewZone) {
        this.messages = messages;
        this.viewZone = viewZone;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("coverage-grid");
        for (int h = 0; h < 24; h += 6) {
            Label hour = new Label(String.format("%02d:00", h));
            hour.getStyleClass().add("coverage-hour");
            grid.add(hour, 1 + h * 2, 0, 12, 1);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            int row = day.getValue();
            Label name = new Label(day.getDisplayName(TextStyle.SHORT, FormParts.textLocale(messages)));
            name.getStyleClass().add("coverage-day");
            name.setMinWidth(40);
            grid.add(name, 0, row);
            for (int s = 0; s < WeeklyCoverage.SLOTS_PER_DAY; s++) {
                SlotCell cell = new SlotCell("coverage-slot", "open");
                cells[row - 1][s] = cell;
                grid.add(cell, 1 + s, row);
            }
        }
        caption.getStyleClass().add("coverage-caption");
        caption.setWrapText(true);
        Label title = new Label(messages.get("support.coverage.title"));
        title.getStyleClass().add("field-label");
        root = new VBox(4, title, grid, caption);
        root.setId("opsSupport-coverage");
    }

    Node root() {
        return root;
    }

    void show(SupportHours hours) {
        WeeklyCoverage coverage = WeeklyCoverage.of(hours, viewZone, LocalDate.now(viewZone));
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int s = 0; s < WeeklyCoverage.SLOTS_PER_DAY; s++) {
                cells[day.getValue() - 1][s].show(coverage.openPart(day, s));
            }
        }
        caption.setText(messages.get("support.coverage.caption", coverage.openMinutes() / 60, coverage.openMinutes() % 60,
                viewZone.getId()));
    }
}
