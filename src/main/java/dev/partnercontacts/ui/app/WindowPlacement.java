package dev.partnercontacts.ui.app;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * A window's size and position as one setting ("x,y,width,height,maximized"), put back at the
 * next start only where it still fits a screen that is there (a second monitor may be gone).
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** Where the window is now. */
    public static WindowPlacement of(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

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
                    ? Optional.of(p) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String text() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** Puts the window there, if that is on a screen; never larger than the screen it is on. */
    public void applyTo(Stage stage) {
        Rectangle2D wanted = new Rectangle2D(x, y, width, height);
        Optional<Screen> screen = Screen.getScreensForRectangle(wanted).stream().findFirst();
        if (screen.isEmpty()) {
            return;
        }
        Rectangle2D bounds = screen.get().getVisualBounds();
        stage.setWidth(Math.min(width, bounds.getWidth()));
        stage.setHeight(Math.min(height, bounds.getHeight()));
        stage.setX(Math.max(bounds.getMinX(), Math.min(x, bounds.getMaxX() - stage.getWidth())));
        stage.setY(Math.max(bounds.getMinY(), Math.min(y, bounds.getMaxY() - stage.getHeight())));
        stage.setMaximized(maximized);
    }
}
