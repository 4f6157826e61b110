package dev.partnercontacts.ui.common;

import dev.partnercontacts.domain.FieldPath;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ScrollPane;
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
    /** The tallest the summary's frame gets, in pixels: the heading, six problems and "and more". */
    public static final double MAX_HEIGHT = 200;

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
     * Gives the summary its place: {@code holder} (the summary's scrolling frame) shows once
     * {@code shown} (the first submit) and only while there is a problem to list, so that no
     * empty band sits above the form. It is as tall as its lines, up to {@link #MAX_HEIGHT}
     * (then it scrolls), and while problems are being fixed it keeps the tallest height it had,
     * so the form under it does not move with each line that goes.
     */
    public static void holdSpace(ScrollPane holder, VBox box, ObservableBooleanValue shown) {
        BooleanBinding any = Bindings.createBooleanBinding(() -> shown.get() && box.isVisible(), shown,
                box.visibleProperty());
        holder.visibleProperty().bind(any);
        holder.managedProperty().bind(any);
        holder.setPrefViewportHeight(0);
        holder.setMinHeight(Region.USE_PREF_SIZE);
        holder.setMaxHeight(Region.USE_PREF_SIZE);
        box.heightProperty().addListener((o, was, height) -> {
            double wanted = Math.min(height.doubleValue(), MAX_HEIGHT);
            if (wanted > holder.getPrefViewportHeight()) {
                holder.setPrefViewportHeight(wanted);
            }
        });
        any.addListener((o, was, is) -> {
            if (!is) {
                holder.setPrefViewportHeight(0);
            }
        });
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("gate-error-line");
        return l;
    }
}
