package dev.partnercontacts.ui.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Window;

/**
 * A window's place as one setting, {@code "x,y,width,height,maximized"}: the window's outer
 * bounds in screen pixels (frame included, as {@link Window#getX()} and {@link Window#getWidth()}
 * give them) when it is not maximized, and whether it was maximized. A maximized window keeps
 * the size it had before, so that it can go back to it.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** Reads a stored setting; empty when it is not one. */
    public static Optional<WindowPlacement> parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlacement p = new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return p.width() > 0 && p.height() > 0 && Double.isFinite(p.x()) && Double.isFinite(p.y())
                    && Double.isFinite(p.width()) && Double.isFinite(p.height()) ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The setting's text, whole pixels. */
    public String text() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** The same bounds, maximized or not. */
    public WindowPlacement withMaximized(boolean on) {
        return new WindowPlacement(x, y, width, height, on);
    }

    /**
     * Where the window can go on the screens there are now: on the first screen the saved bounds
     * overlap (a second monitor may be gone), never larger than that screen's visual bounds and
     * moved inside them; empty when they overlap no screen.
     *
     * @param screens the visual bounds of each screen ({@code Screen.getVisualBounds()})
     */
    public Optional<WindowPlacement> fittedTo(List<Rectangle2D> screens) {
        Rectangle2D wanted = new Rectangle2D(x, y, width, height);
        return screens.stream().filter(wanted::intersects).findFirst().map(bounds -> {
            double w = Math.min(width, bounds.getWidth());
            double h = Math.min(height, bounds.getHeight());
            return new WindowPlacement(
                    Math.max(bounds.getMinX(), Math.min(x, bounds.getMaxX() - w)),
                    Math.max(bounds.getMinY(), Math.min(y, bounds.getMaxY() - h)), w, h, maximized);
        });
    }

    /** True when the window's outer bounds are these, to the pixel. */
    boolean matches(Window window) {
        return samePlace(window) && sameSize(window);
    }

    /** True when the window's outer top left corner is here, to the pixel. */
    boolean samePlace(Window window) {
        return Math.round(window.getX()) == Math.round(x) && Math.round(window.getY()) == Math.round(y);
    }

    /** True when the window's outer size is this, to the pixel. */
    boolean sameSize(Window window) {
        return Math.round(window.getWidth()) == Math.round(width) && Math.round(window.getHeight()) == Math.round(height);
    }

    /** Moves and sizes the window to these bounds (its maximized state is left alone). */
    void moveAndSize(Window window) {
        window.setX(x);
        window.setY(y);
        window.setWidth(width);
        window.setHeight(height);
    }

    /** The window's bounds now. */
    static WindowPlacement boundsOf(Window window, boolean maximized) {
        return new WindowPlacement(window.getX(), window.getY(), window.getWidth(), window.getHeight(), maximized);
    }
}
