package dev.partnercontacts.ui.home;

import dev.partnercontacts.domain.WeeklyCoverage;
import dev.partnercontacts.ui.common.Messages;
import dev.partnercontacts.ui.common.SlotCell;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The week, large: a row per day and a cell per half hour, filled where support is open. Its
 * cells grow with the page; hovering a day says when it is open in words.
 */
final class WeekChart {

    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final SlotCell[][] cells = new SlotCell[7][WeeklyCoverage.SLOTS_PER_DAY];
    private final Label[] days = new Label[7];

    WeekChart(Messages messages) {
        this.messages = messages;
        grid.getStyleClass().add("week-chart");
        grid.setHgap(1);
        grid.setVgap(3);
        ColumnConstraints dayColumn = new ColumnConstraints();
        dayColumn.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(dayColumn);
        for (int s = 0; s < WeeklyCoverage.SLOTS_PER_DAY; s++) {
            ColumnConstraints c = new ColumnConstraints(6, 14, Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        for (int h = 0; h < 24; h += 3) {
            Label hour = new Label(String.format("%02d:00", h));
            hour.getStyleClass().add("week-hour");
            grid.add(hour, 1 + h * 2, 0, 6, 1);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            int row = day.getValue();
            Label name = new Label(day.getDisplayName(TextStyle.SHORT, messages.locale()));
            name.getStyleClass().add("week-day");
            days[row - 1] = name;
            grid.add(name, 0, row);
            for (int s = 0; s < WeeklyCoverage.SLOTS_PER_DAY; s++) {
                SlotCell cell = new SlotCell("week-slot", "week-open");
                cell.setMinHeight(22);
                cell.setPrefHeight(22);
                cells[row - 1][s] = cell;
                grid.add(cell, 1 + s, row);
            }
        }
    }

    GridPane node() {
        return grid;
    }

    void show(WeeklyCoverage coverage) {
        for (DayOfWeek day : DayOfWeek.values()) {
            int d = day.getValue() - 1;
            for (int s = 0; s < WeeklyCoverage.SLOTS_PER_DAY; s++) {
                cells[d][s].show(coverage.openPart(day, s));
            }
            String summary = describe(coverage, day);
            Tooltip tip = new Tooltip(summary);
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(days[d], tip);
            for (Region cell : cells[d]) {
                Tooltip.install(cell, tip);
            }
            days[d].setAccessibleText(summary);
        }
    }

    /** "Monday: 09:15–17:15, 18:00–24:00", to the minute, or "Monday: closed". */
    private String describe(WeeklyCoverage coverage, DayOfWeek day) {
        List<String> spans = new ArrayList<>();
        for (WeeklyCoverage.Span span : coverage.spans(day)) {
            spans.add(time(span.from()) + "–" + time(span.to()));
        }
        String name = day.getDisplayName(TextStyle.FULL, messages.locale());
        return spans.isEmpty() ? messages.get("home.day.closed", name) : messages.get("home.day.open", name, String.join(", ", spans));
    }

    private static String time(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
