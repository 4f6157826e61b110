package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.FieldPath;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The summary of problems at the top of a form: a heading and one line per problem, at most
 * {@link #LINES} of them so the form keeps its room (the fields show every message). Hidden
 * when there is nothing to say.
 */
public final class ErrorSummary {

    public static final int LINES = 6;

    private ErrorSummary() {
    }

    /** As {@link #show(VBox, String, String, List, Messages, Consumer)} with the gate's heading. */
    public static void show(VBox box, String failure, List<SummaryLine> lines, Messages messages,
                            Consumer<FieldPath> goTo) {
        show(box, messages.get("gate.errors.title"), failure, lines, messages, goTo);
    }

    /**
     * @param title   the heading ("Please fix the following before submitting:")
     * @param failure why the last save failed, or empty
     * @param lines   the problems, in form order
     * @param goTo    takes the user to a field: each problem line is a link to its field
     */
    public static void show(VBox box, String title, String failure, List<SummaryLine> lines, Messages messages,
                            Consumer<FieldPath> goTo) {
        box.getChildren().clear();
        if (!failure.isEmpty()) {
            box.getChildren().add(line(failure));
        }
        if (!lines.isEmpty()) {
            Label head = new Label(title);
            head.setWrapText(true);
            head.getStyleClass().add("gate-errors-title");
            box.getChildren().add(head);
            lines.stream().limit(LINES).forEach(l -> {
                Hyperlink link = new Hyperlink("• " + l.text());
                link.setWrapText(true);
                link.getStyleClass().add("gate-error-line");
                link.setOnAction(e -> goTo.accept(l.field()));
                box.getChildren().add(link);
            });
            if (lines.size() > LINES) {
                box.getChildren().add(line(messages.get("gate.errors.more", lines.size() - LINES)));
            }
        }
        boolean any = !box.getChildren().isEmpty();
        box.setVisible(any);
        box.setManaged(any);
    }

    /**
     * Gives the summary a fixed place: {@code holder} (the summary's scrolling frame) stays
     * hidden until {@code shown} (the first submit) and then keeps one height whatever the
     * number of lines, so the form under it never moves while the user fixes things.
     */
    public static void holdSpace(Region holder, ObservableBooleanValue shown) {
        holder.visibleProperty().bind(shown);
        holder.managedProperty().bind(shown);
        holder.setMinHeight(Region.USE_PREF_SIZE);
        holder.setMaxHeight(Region.USE_PREF_SIZE);
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("gate-error-line");
        return l;
    }
}
