package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.WeeklyCoverage;
import java.util.Optional;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * One half-hour cell of a week picture. A half hour open all through takes the open style class
 * of its picture; one open in part (a window opening at 09:15, or in a zone such as UTC+05:45)
 * is filled only over its open minutes, with the style class {@code slot-fill}.
 */
public final class SlotCell extends Pane {

    private final String openClass;
    private final Region fill = new Region();
    private int from;
    private int to;

    /**
     * @param styleClass the picture's class for every cell
     * @param openClass  the picture's class for a cell open all through
     */
    public SlotCell(String styleClass, String openClass) {
        this.openClass = openClass;
        getStyleClass().add(styleClass);
        fill.getStyleClass().add("slot-fill");
        fill.setManaged(false);
        fill.setVisible(false);
        getChildren().add(fill);
    }

    /** Shows the open part of the slot, {@code [from, to)} in minutes from its start; empty when closed. */
    public void show(Optional<WeeklyCoverage.Span> open) {
        boolean all = open.isPresent() && open.get().from() == 0 && open.get().to() == WeeklyCoverage.MINUTES_PER_SLOT;
        boolean part = open.isPresent() && !all;
        if (all != getStyleClass().contains(openClass)) {
            if (all) {
                getStyleClass().add(openClass);
            } else {
                getStyleClass().remove(openClass);
            }
        }
        fill.setVisible(part);
        from = part ? open.get().from() : 0;
        to = part ? open.get().to() : 0;
        requestLayout();
    }

    /** The open share of the cell, 0 to 1 (for tests and accessibility). */
    public double openShare() {
        return getStyleClass().contains(openClass) ? 1 : fill.isVisible() ? (to - from) / (double) WeeklyCoverage.MINUTES_PER_SLOT : 0;
    }

    @Override
    protected void layoutChildren() {
        // Inside the cell's border, as a whole open cell's background is.
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double x = snapPositionX(left + w * from / WeeklyCoverage.MINUTES_PER_SLOT);
        double right = snapPositionX(left + w * to / WeeklyCoverage.MINUTES_PER_SLOT);
        fill.resizeRelocate(x, top, Math.max(0, right - x), Math.max(0, getHeight() - top - snappedBottomInset()));
    }
}
